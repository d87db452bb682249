/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/levels_test.h - every legal spelling of an order level:
 * 0..99 and 00..09 (iPXE writes its orders with two digits).  levels_a.c
 * adds one entry (and one relative function) at each level written 0..99,
 * levels_b.c one at each level written 00..09 and again 0..99 as 10..99:
 * a walk must come out sorted by the number the spelling means.
 */
#ifndef LINKTABLE_TESTS_LEVELS_TEST_H
#define LINKTABLE_TESTS_LEVELS_TEST_H

#include <linktable/linktable.h>

LINKTABLE_DECLARE(int, spelled_levels);
typedef int (*spelled_fn)(void);
LINKTABLE_REL_DECLARE(spelled_fn, spelled_rel);

/* An entry whose value is the number its level means (@num), 100 * @num +
 * @file; the same as a function in the relative table. */
#define SPELLED(level, num, file, id) \
	LINKTABLE_ENTRY(spelled_levels, level, spelled_##id) = 100 * (num) + (file); \
	int spelled_fn_##id(void); \
	int spelled_fn_##id(void) \
	{ \
		return 100 * (num) + (file); \
	} \
	LINKTABLE_REL_ENTRY(spelled_rel, level, spelled_fn_##id)

/* A macro that expands to a two-digit level is a level too. */
#define SPELLED_MACRO_LEVEL 07

#endif
