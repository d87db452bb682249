/* expect: linktable_order_level_0_to_99_or_00_to_09_(rw_)?_|order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* C++: a level with two leading zeros fails there too. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 007, bad_level) = 1;
