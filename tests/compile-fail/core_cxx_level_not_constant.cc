/* expect: order level must be an integer literal|not an integral constant|not a constant expression|non-constant condition */
/* SPDX-License-Identifier: MIT */
/* C++: a level that is not a compile-time constant. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
int level = 3;
LINKTABLE_ENTRY(numbers, level, bad_level) = 1;
