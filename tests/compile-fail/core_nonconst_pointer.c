/* expect: discards .*qualifier */
/* SPDX-License-Identifier: MIT */
/* Entries are const: a loop variable that is a pointer to non-const would let
 * the program write to read-only memory. */
#include <linktable/linktable.h>

struct op {
	int x;
};
LINKTABLE_DECLARE(struct op, ops);

int sum(void)
{
	struct op *o;
	int s = 0;

	LINKTABLE_FOREACH(o, ops)
		s += o->x;
	return s;
}
