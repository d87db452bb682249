/* expect: linktable_level_0_to_99_written_5_or_05__100 */
/* SPDX-License-Identifier: MIT */
/* An array table's level 100: one past the last level. */
#include <linktable/linktable.h>

LINKTABLE_ARRAY_DECLARE(int, numbers);
LINKTABLE_ARRAY_ENTRY(numbers, 100, bad_level) = 1;
