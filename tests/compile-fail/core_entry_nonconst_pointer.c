/* expect: discards .*qualifier */
/* SPDX-License-Identifier: MIT */
/* An entry's address in a pointer to non-const: entries are const, so the
 * table's contents cannot be changed through it.  Compiled as the runner
 * compiles (a PIE by default on Debian), so this also holds for entries of
 * position-independent code. */
#include <linktable/linktable.h>

struct op {
	int x;
};
LINKTABLE_DECLARE(struct op, ops);
LINKTABLE_ENTRY(ops, 1, only_op) = { 1 };

struct op *leak(void)
{
	struct op *p = &only_op;

	return p;
}
