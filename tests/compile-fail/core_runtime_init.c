/* expect: (initializer element is not (a compile-time )?constant) */
/* SPDX-License-Identifier: MIT */
/* An entry needs a constant initializer: it is built by the compiler, not at
 * run time. */
#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, numbers);
int seed = 4;
LINKTABLE_ENTRY(numbers, 1, bad_init) = seed;
