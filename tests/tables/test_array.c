/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_array.c - array tables: one contiguous array in level
 * order across files (levels written 7 or 07), the entry attribute on a
 * declaration of the user's, START/END/COUNT/CONTIGUOUS, both walks with
 * non-const entries, an empty table, a 64-aligned type, names (sorted on
 * first use, lookup, arrays of entries under one name), and one level of a
 * relative table.
 */
#include <stddef.h>
#include <string.h>
#include "../tap.h"
#include "array_test.h"

LINKTABLE_ARRAY_DEFINE(struct arr, arrs);
LINKTABLE_ARRAY_DEFINE(struct wide64, wides);
LINKTABLE_ARRAY_DEFINE(struct arr, none);
LINKTABLE_REL_DEFINE(rel_fn, relfns);

LINKTABLE_ARRAY_ENTRY(arrs, 7, a07) = { 7, 5 };
LINKTABLE_ARRAY_ENTRY(arrs, 01, a01) = { 1, 6 };
static struct arr a50[2] LINKTABLE_ARRAY_ATTR(arrs, 50) = { { 50, 7 }, { 50, 8 } };
LINKTABLE_ARRAY_NAME_N(arrs, "charlie", a50, 2);
LINKTABLE_ARRAY_NAME(arrs, "alpha2", a01);
LINKTABLE_ARRAY_ENTRY(wides, 1, wa) = { { 'a' } };
LINKTABLE_ARRAY_ENTRY(wides, 09, wc) = { { 'c' } };

int rel_one(void)
{
	return 1;
}
int rel_three(void)
{
	return 3;
}
LINKTABLE_REL_ENTRY(relfns, 5, rel_one);
LINKTABLE_REL_ENTRY(relfns, 6, rel_three);

int main(void)
{
	struct arr *p, *start = LINKTABLE_ARRAY_START(arrs), *walk[ARR_COUNT];
	const struct linktable_name *nm;
	struct wide64 *w;
	int n = 0, ids = 0, ascending = 1, prev = -1, same = 1, sum = 0;
	rel_fn fn;
	static const char *const names[] = { "alpha", "alpha2", "bravo", "charlie" };

	is_int(LINKTABLE_COUNT(arrs), ARR_COUNT, "LINKTABLE_COUNT() of an array table");
	is_int(LINKTABLE_ARRAY_END(arrs) - start, ARR_COUNT, "END - START is the count");
	ok(LINKTABLE_ARRAY_CONTIGUOUS(arrs), "the levels are adjacent: one array");
	LINKTABLE_ARRAY_FOREACH(p, arrs) {
		ascending &= p->level >= prev;
		prev = p->level;
		same &= p == &start[n];
		ids |= 1 << p->id;
		if (n < ARR_COUNT)
			walk[n] = p;
		n++;
	}
	ok(n == ARR_COUNT && ids == (1 << (ARR_COUNT + 1)) - 2, "the walk visits every entry once (%d)", n);
	ok(ascending && walk[0]->level == 0 && walk[ARR_COUNT - 1]->level == 99, "in ascending level across files");
	ok(same, "START[i] is the walk's i-th entry");
	n = ARR_COUNT;
	LINKTABLE_ARRAY_FOREACH_REVERSE(p, arrs)
		same &= --n >= 0 && walk[n] == p;
	ok(same && n == 0 && p == NULL, "the reverse walk is the exact reverse");
	walk[1]->id += 100;
	ok(a01.id == 106, "entries are writable through the walk");
	walk[1]->id -= 100;
	n = 0;
	{
		const struct arr *c;

		LINKTABLE_FOREACH(c, arrs)
			n++;
	}
	is_int(n, ARR_COUNT, "LINKTABLE_FOREACH() works on an array table too");

	n = 0;
	LINKTABLE_ARRAY_FOREACH(w, wides)
		n = n * 10 + (w->bytes[0] - 'a' + 1);
	ok(n == 123 && (LINKTABLE_ARRAY_END(wides) - LINKTABLE_ARRAY_START(wides)) == 3 &&
		   (size_t)LINKTABLE_ARRAY_START(wides) % 64 == 0,
	   "64-byte, 64-aligned entries in order, touching (%d)", n);

	n = 0;
	LINKTABLE_ARRAY_FOREACH(p, none)
		n++;
	LINKTABLE_ARRAY_FOREACH_REVERSE(p, none)
		n++;
	ok(n == 0 && LINKTABLE_COUNT(none) == 0 && LINKTABLE_EMPTY(none) &&
		   LINKTABLE_ARRAY_START(none) == LINKTABLE_ARRAY_END(none) && LINKTABLE_ARRAY_START(none) != NULL,
	   "an empty array table: no entry, START == END != NULL");

	is_int(LINKTABLE_NAME_COUNT(arrs), 4, "four names");
	n = 0;
	same = 1;
	LINKTABLE_NAME_FOREACH(nm, arrs) {
		same &= n < 4 && strcmp(nm->name, names[n]) == 0;
		n++;
	}
	ok(same && n == 4, "LINKTABLE_NAME_FOREACH() in strcmp order");
	n = 0;
	LINKTABLE_ARRAY_FOREACH_BY_NAME(p, arrs)
		sum = sum * 100 + p->level, n++;
	ok(n == 5 && sum == 701425050, "LINKTABLE_ARRAY_FOREACH_BY_NAME(): the named entries, an array of two as one (%d)",
	   sum);
	ok(LINKTABLE_ARRAY_FIND(arrs, "bravo") == &b42 && LINKTABLE_ARRAY_FIND(arrs, "charlie") == &a50[0] &&
		   LINKTABLE_ARRAY_FIND(arrs, "alph") == NULL && LINKTABLE_ARRAY_FIND(arrs, "zulu") == NULL &&
		   LINKTABLE_ARRAY_FIND(arrs, "") == NULL,
	   "LINKTABLE_ARRAY_FIND() finds names, not prefixes");
	n = 0;
	LINKTABLE_ARRAY_FOREACH_BY_NAME(p, none)
		n++;
	ok(n == 0 && LINKTABLE_ARRAY_FIND(none, "alpha") == NULL, "a table without names: nothing by name");

	sum = 0;
	LINKTABLE_REL_FOREACH_LEVEL(fn, relfns, 5)
		sum += fn();
	ok(sum == 3, "LINKTABLE_REL_FOREACH_LEVEL(5): the two functions of level 5");
	sum = 0;
	LINKTABLE_REL_FOREACH_LEVEL(fn, relfns, 6)
		sum += fn();
	LINKTABLE_REL_FOREACH_LEVEL(fn, relfns, 100)
		sum += 100;
	LINKTABLE_REL_FOREACH_LEVEL(fn, relfns, -1)
		sum += 100;
	ok(sum == 3, "one function at level 6, none outside 0..99");
	return tap_done();
}
