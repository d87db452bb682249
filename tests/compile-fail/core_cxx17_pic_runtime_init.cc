/* expect: (call to non-.?constexpr. function|must be initialized by a constant expression|does not have a constant initializer) */
/* flags: -fPIE */
/* SPDX-License-Identifier: MIT */
/* C++17, position-independent code: g++'s __constinit and clang's
 * require_constant_initialization refuse a dynamic initializer. */
#include <linktable/linktable.h>

int seed();
LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 1, bad_init) = seed();
