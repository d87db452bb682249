/* expect: linktable_level_0_to_99_written_5_or_05__005 */
/* SPDX-License-Identifier: MIT */
/* An array table takes a level written 5 or 05, not 005: "005" would name
 * a section that no bound covers. */
#include <linktable/linktable.h>

LINKTABLE_ARRAY_DECLARE(int, numbers);
int bad_level LINKTABLE_ARRAY_ATTR(numbers, 005) = 1;
