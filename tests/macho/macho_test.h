/* SPDX-License-Identifier: MIT */
/*
 * tests/macho/macho_test.h - tables that entries_a.c and entries_b.c fill
 * and main.c walks, built for Mach-O (x86-64 and arm64) and checked in the
 * linked image by check.py.  Nothing runs them: no macOS here.
 *
 * Every entry starts with its id = level * 10 + file (a = 1, b = 2) and
 * the magic 0x4c54424c; relative-table functions return their id.
 */
#ifndef LINKTABLE_TESTS_MACHO_TEST_H
#define LINKTABLE_TESTS_MACHO_TEST_H

#include <linktable/linktable.h>

#define MAGIC 0x4c54424cu

struct op {
	unsigned int id, magic;
	int (*run)(int);
};
LINKTABLE_DECLARE(struct op, ops);

/* A second table of another type, and a long name (over 16 characters:
 * a section per table could not be named after it). */
struct wide {
	unsigned int id, magic;
	unsigned long long w[2];
};
LINKTABLE_DECLARE(struct wide, a_table_with_a_long_name);

/* Defined, never filled. */
LINKTABLE_DECLARE(struct op, nothing);

typedef int (*call_fn)(void);
LINKTABLE_REL_DECLARE(call_fn, calls);

#define CALL(level, id) \
	int call_##id(void); \
	int call_##id(void) \
	{ \
		return id; \
	} \
	LINKTABLE_REL_ENTRY(calls, level, call_##id)

#endif
