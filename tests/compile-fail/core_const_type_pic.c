/* expect: must not be const-qualified */
/* flags: -fPIE */
/* SPDX-License-Identifier: MIT */
/* A const-qualified entry type in position-independent code: an entry
 * whose initializer needs no relocation would land in a read-only section
 * named like the writable part, which mold keeps apart from it and which,
 * with clang, nothing keeps under --gc-sections (docs/design.md, "Compile
 * cost").  The declaration refuses the type, with gcc and clang. */
#include <linktable/linktable.h>

struct op {
	int x;
};
LINKTABLE_DECLARE(const struct op, ops);
LINKTABLE_ENTRY(ops, 1, only_op) = { 1 };
