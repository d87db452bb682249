/* expect: order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* A leading zero would make a second section for level 5 that iteration never visits. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 05, bad_level) = 1;
