/* SPDX-License-Identifier: MIT */
/*
 * In a PIE or shared object, an entry holding a pointer needs a dynamic
 * relocation, so the compiler marks its section writable ("aw"); an entry
 * whose pointers are all NULL gets a read-only section ("a").  Both land in
 * the same level's section here; prints the ids the table holds.
 */
#include <stdio.h>

#include "hooks.h"

static void hello(void)
{
}

LINKTABLE_DEFINE(struct hook, hooks);
LINKTABLE_ENTRY(hooks, 5, with_pointer) = { 1, hello };

int main(void)
{
	const struct hook *h;

	LINKTABLE_FOREACH(h, hooks)
		printf("%d ", h->id);
	printf("count %zu\n", LINKTABLE_COUNT(hooks));
	return 0;
}
