/* expect: (call to non-.?constexpr. function|must be initialized by a constant expression|does not have a constant initializer) */
/* flags: -fno-pie */
/* SPDX-License-Identifier: MIT */
/* C++: an entry must be constant-initialized, never by a dynamic
 * initializer that would write to read-only memory at start-up.  Without
 * -fPIC/-fPIE entries are constexpr objects. */
#include <linktable/linktable.h>

int seed();
LINKTABLE_DECLARE(int, numbers);
LINKTABLE_ENTRY(numbers, 1, bad_init) = seed();
