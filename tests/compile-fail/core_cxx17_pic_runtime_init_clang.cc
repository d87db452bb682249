/* expect: (call to non-.?constexpr. function|must be initialized by a constant expression|does not have a constant initializer) */
/* compilers: clang */
/* flags: -fPIE */
/* SPDX-License-Identifier: MIT */
/* C++17, position-independent code, clang: require_constant_initialization
 * refuses a dynamic initializer.  (g++ before C++20 has no way to enforce it
 * in position-independent code; see docs/design.md.) */
#include <linktable/linktable.h>

int seed();
LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 1, bad_init) = seed();
