/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_levels.c - levels written 00..09 are the levels 0..9:
 * entries written "05" and "5" in two files share level 5, and every walk
 * (plain and relative, forward and reverse) visits 0..99 in numeric order,
 * 111 entries in all (levels_a.c, levels_b.c).
 */
#include "../tap.h"
#include "levels_test.h"

LINKTABLE_DEFINE(int, spelled_levels);
LINKTABLE_REL_DEFINE(spelled_fn, spelled_rel);

#define N_ENTRIES 111 /* 0..99 from a, 00..09 from b, one more at 07 */

/* Whether the values (100 * level + file) are sorted by level, every
 * level 0..99 present; per level: count[level] entries. */
static int check(const int *v, int n, int reverse, int count[100])
{
	int i, sorted = 1;

	for (i = 0; i < 100; i++)
		count[i] = 0;
	for (i = 0; i < n; i++) {
		int level = v[i] / 100;

		if (level < 0 || level > 99)
			return 0;
		count[level]++;
		if (i > 0 && (reverse ? v[i - 1] / 100 < level : v[i - 1] / 100 > level))
			sorted = 0;
	}
	return sorted;
}

int main(void)
{
	static int got[2 * N_ENTRIES];
	int count[100], n = 0, i, levels_ok;
	const int *e;
	spelled_fn f;

	LINKTABLE_FOREACH(e, spelled_levels)
		if (n < 2 * N_ENTRIES)
			got[n++] = *e;
	ok(n == N_ENTRIES && check(got, n, 0, count), "FOREACH: %d entries, in numeric order of the levels", n);
	levels_ok = 1;
	for (i = 0; i < 100; i++)
		levels_ok &= count[i] == (i == 7 ? 3 : i < 10 ? 2 : 1);
	ok(levels_ok, "level 5 written 5 and 05 is one level: two entries at 0..9 (three at 7), one at 10..99");
	is_int(LINKTABLE_COUNT(spelled_levels), N_ENTRIES, "COUNT counts the entries of both spellings");
	n = 0;
	LINKTABLE_FOREACH_REVERSE(e, spelled_levels)
		if (n < 2 * N_ENTRIES)
			got[n++] = *e;
	ok(n == N_ENTRIES && check(got, n, 1, count), "FOREACH_REVERSE: descending numeric order");
	n = 0;
	LINKTABLE_REL_FOREACH(f, spelled_rel)
		if (n < 2 * N_ENTRIES)
			got[n++] = f();
	ok(n == N_ENTRIES && check(got, n, 0, count), "REL_FOREACH: %d functions, in numeric order of the levels", n);
	levels_ok = 1;
	for (i = 0; i < 100; i++)
		levels_ok &= count[i] == (i == 7 ? 3 : i < 10 ? 2 : 1);
	ok(levels_ok, "relative table: 05 and 5 are one level");
	n = 0;
	LINKTABLE_REL_FOREACH_REVERSE(f, spelled_rel)
		if (n < 2 * N_ENTRIES)
			got[n++] = f();
	ok(n == N_ENTRIES && check(got, n, 1, count), "REL_FOREACH_REVERSE: descending numeric order");
	is_int(LINKTABLE_REL_COUNT(spelled_rel), N_ENTRIES, "REL_COUNT");
	n = 0;
	LINKTABLE_REL_FOREACH_LEVEL(f, spelled_rel, 8)
		n += f() / 100 == 8;
	is_int(n, 2, "REL_FOREACH_LEVEL(8) visits the function written 8 and the one written 08");
	return tap_done();
}
