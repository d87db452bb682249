/* expect: linktable_order_level_0_to_99_or_00_to_09_(rw_)?_|the order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* A relative entry's level is checked as a plain entry's: 005 is no level (05 is). */
#include <linktable/linktable.h>

typedef int (*hook_fn)(int);
LINKTABLE_REL_DECLARE(hook_fn, hooks);
int hook(int x);
int hook(int x)
{
	return x;
}
LINKTABLE_REL_ENTRY(hooks, 005, hook);
