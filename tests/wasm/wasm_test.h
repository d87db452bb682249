/* SPDX-License-Identifier: MIT */
/*
 * tests/wasm/wasm_test.h - the tables that the WebAssembly test fills from
 * several translation units (entries_a.c, entries_b.c, and member.c from a
 * static archive) and walks in main.c, freestanding (no libc): results go
 * to the host through the imported function tap() (run.js prints TAP).
 *
 * Every entry's id is level * 10 + unit (a = 1, b = 2, member = 3); each
 * unit adds at most one entry per level and table (but for "same", below),
 * so the order is fixed: level first, then link order.
 */
#ifndef LINKTABLE_TESTS_WASM_TEST_H
#define LINKTABLE_TESTS_WASM_TEST_H

#include <linktable/linktable.h>

struct op {
	int id;
	int (*run)(int);
};
LINKTABLE_DECLARE(struct op, ops);

/* 8-byte words: alignment and size of a larger entry. */
struct wide {
	unsigned long long w[3];
};
LINKTABLE_DECLARE(struct wide, wides);

/* Defined, never filled. */
LINKTABLE_DECLARE(struct op, nothing);

typedef int (*call_fn)(void);
LINKTABLE_REL_DECLARE(call_fn, calls);

#define WIDE(id) { { (unsigned long long)(id) << 40 | 0xabcdefu, ~(unsigned long long)(id), (unsigned long long)(id) } }

/* A function returning @id, in the relative table calls at @level. */
#define CALL(level, id) \
	int call_##id(void); \
	int call_##id(void) \
	{ \
		return id; \
	} \
	LINKTABLE_REL_ENTRY(calls, level, call_##id)

#endif
