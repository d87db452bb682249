/* expect: incompatible pointer type */
/* SPDX-License-Identifier: MIT */
/* An initializer of the wrong type: a string for a function pointer. */
#include <linktable/linktable.h>

struct op {
	int (*run)(void);
};
LINKTABLE_DECLARE(struct op, ops);
LINKTABLE_ENTRY(ops, 1, bad_op) = { "not a function" };
