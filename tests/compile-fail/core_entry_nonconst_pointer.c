/* expect: discards .*qualifier */
/* flags: -fno-pie */
/* SPDX-License-Identifier: MIT */
/* An entry's address in a pointer to non-const: code compiled without
 * -fPIC/-fPIE defines entries as const objects (in read-only memory), so the
 * table's contents cannot be changed through it.  Position-independent code
 * defines them as writable objects (see docs/design.md); iterating still
 * yields pointers to const there (core_nonconst_pointer.c). */
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
