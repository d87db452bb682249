/* expect: is not of the function type of relative table hooks */
/* SPDX-License-Identifier: MIT */
/* A relative table's entry must point at a function of exactly its type. */
#include <linktable/linktable.h>

typedef int (*hook_fn)(int);
LINKTABLE_REL_DECLARE(hook_fn, hooks);
long wrong(int x);
long wrong(int x)
{
	return x;
}
LINKTABLE_REL_ENTRY(hooks, 1, wrong);
