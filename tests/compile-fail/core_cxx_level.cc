/* expect: order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* C++: the level check is a static_assert there too. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 007, bad_level) = 1;
