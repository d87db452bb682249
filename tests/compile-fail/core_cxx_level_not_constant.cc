/* expect: linktable_order_level_0_to_99_or_00_to_09_(rw_)?_|order level must be an integer literal from 0 to 99|not an integral constant|not a constant expression|non-constant condition */
/* SPDX-License-Identifier: MIT */
/* C++: a level that is not a compile-time constant. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
int level = 3;
LINKTABLE_ENTRY(numbers, level, bad_level) = 1;
