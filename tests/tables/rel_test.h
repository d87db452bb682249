/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/rel_test.h - a relative table that rel_a.c and rel_b.c fill
 * over several levels: each function returns its id = level * 10 + file
 * (a = 1, b = 2), so the walk order is the ids' order.
 */
#ifndef LINKTABLE_TESTS_REL_TEST_H
#define LINKTABLE_TESTS_REL_TEST_H

#include <linktable/linktable.h>

typedef int (*rel_fn)(void);
LINKTABLE_REL_DECLARE(rel_fn, rel_calls);

/* A function returning @id, added to rel_calls at @level. */
#define REL_CALL(level, id) \
	int rel_call_##id(void); \
	int rel_call_##id(void) \
	{ \
		return id; \
	} \
	LINKTABLE_REL_ENTRY(rel_calls, level, rel_call_##id)

#endif
