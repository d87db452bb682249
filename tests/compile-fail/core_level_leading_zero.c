/* expect: linktable_order_level_0_to_99_or_00_to_09_(rw_)?_|order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* Two leading zeros: only 00..09 (the same levels as 0..9) may have one;
 * 005 would make a second section for level 5 that iteration never visits. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 005, bad_level) = 1;
