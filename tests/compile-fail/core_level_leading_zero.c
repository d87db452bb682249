/* expect: order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* Two leading zeros: 00..09 name the levels 0..9, but 005 is no level (a second section for level 5 that iteration would never visit). */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 005, bad_level) = 1;
