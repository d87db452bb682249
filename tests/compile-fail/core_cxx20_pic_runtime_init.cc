/* expect: (call to non-.?constexpr. function|must be initialized by a constant expression|does not have a constant initializer) */
/* flags: -std=c++20 -fPIE */
/* SPDX-License-Identifier: MIT */
/* C++20, position-independent code: entries are writable objects there, and
 * constinit still refuses a dynamic initializer. */
#include <linktable/linktable.h>

int seed();
LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 1, bad_init) = seed();
