/* SPDX-License-Identifier: MIT */
/* tests/tables/rel_samename/m.c - walks both tables: a.c's function must
 * run three times and b.c's once (exit status 0). */
#include <stdio.h>
#include "rel_samename.h"

LINKTABLE_REL_DEFINE(hook_fn, samename_hooks);
LINKTABLE_REL_DEFINE(hook_fn, samename_other);
#ifdef SAMENAME_A_ONLY
/* Linked without b.c: its count as if its function had run. */
int hits_b = 100;
#endif

int main(void)
{
	hook_fn fn;

	LINKTABLE_REL_FOREACH(fn, samename_hooks)
		fn();
	LINKTABLE_REL_FOREACH(fn, samename_other)
		fn();
	printf("a %d b %d\n", hits_a, hits_b);
	return !(hits_a == 3 && hits_b == 100);
}
