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
LINKTABLE_ARRAY_DEFINE_NAME_ORDER(struct arr, nums, linktable_name_cmp_numeric);
LINKTABLE_ARRAY_DEFINE_NAME_ORDER(struct arr, bylen, name_cmp_by_length);

/* The program's own order: shorter names first, then strcmp(). */
int name_cmp_by_length(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	return la != lb ? (la < lb ? -1 : 1) : strcmp(a, b);
}
LINKTABLE_ARRAY_ENTRY(nums, 2, n_dev1) = { 2, 1 };
LINKTABLE_ARRAY_ENTRY(nums, 0, n_dev007) = { 0, 7 };
LINKTABLE_ARRAY_ENTRY(nums, 0, n_dev7) = { 0, 77 };
LINKTABLE_ARRAY_ENTRY(nums, 0, n_big) = { 0, 1000 };
LINKTABLE_ARRAY_ENTRY(nums, 0, n_big2) = { 0, 1001 };
LINKTABLE_ARRAY_NAME(nums, "dev_1", n_dev1);
LINKTABLE_ARRAY_NAME(nums, "dev_007", n_dev007);
LINKTABLE_ARRAY_NAME(nums, "dev_7", n_dev7);
/* longer than any integer type: compared digit by digit */
LINKTABLE_ARRAY_NAME(nums, "dev_123456789012345678901234567890", n_big2);
LINKTABLE_ARRAY_NAME(nums, "dev_99999999999999999999999999999", n_big);
LINKTABLE_ARRAY_ENTRY(bylen, 1, l_a) = { 1, 1 };
LINKTABLE_ARRAY_ENTRY(bylen, 2, l_bb) = { 2, 2 };
LINKTABLE_ARRAY_ENTRY(bylen, 4, l_zzzz) = { 4, 4 };
LINKTABLE_ARRAY_NAME(bylen, "zzzz", l_zzzz);
LINKTABLE_ARRAY_NAME(bylen, "bb", l_bb);
LINKTABLE_ARRAY_NAME(bylen, "a", l_a);
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

	/* numeric order: blk9 (the array of two), dev_1, dev_2, dev_7, dev_007,
	 * dev_10, then the two long numbers */
	{
		static const int want[] = { 100, 101, 1, 2, 77, 7, 10, 1000, 1001 };

		n = 0;
		same = 1;
		LINKTABLE_ARRAY_FOREACH_BY_NAME(p, nums) {
			same &= n < 9 && p->id == want[n];
			n++;
		}
		ok(same && n == 9, "a table ordered by linktable_name_cmp_numeric(): dev_2 before dev_10 (%d entries)", n);
	}
	ok(LINKTABLE_ARRAY_FIND(nums, "dev_10") != NULL && LINKTABLE_ARRAY_FIND(nums, "dev_10")->id == 10 &&
		   LINKTABLE_ARRAY_FIND(nums, "dev_007")->id == 7 && LINKTABLE_ARRAY_FIND(nums, "dev_7")->id == 77 &&
		   LINKTABLE_ARRAY_FIND(nums, "blk9")->id == 100 && LINKTABLE_ARRAY_FIND(nums, "dev_3") == NULL &&
		   LINKTABLE_ARRAY_FIND(nums, "dev_") == NULL,
	   "LINKTABLE_ARRAY_FIND() searches in the table's own order");
	ok(linktable_name_cmp_numeric("a9z", "a10a") < 0 && linktable_name_cmp_numeric("x", "x") == 0 &&
		   linktable_name_cmp_numeric("x10", "x9") > 0 && linktable_name_cmp_numeric("07", "7") > 0 &&
		   linktable_name_cmp_numeric("a1", "a1b") < 0 && linktable_name_cmp_numeric("a", "0") > 0 &&
		   linktable_name_cmp_numeric("v1.10", "v1.9") > 0 && linktable_name_cmp_numeric("0", "00") < 0,
	   "linktable_name_cmp_numeric(): numbers by value, the rest as strcmp(), a total order");
	n = 0;
	same = 1;
	LINKTABLE_NAME_FOREACH(nm, bylen) {
		same &= n < 4 && (int)strlen(nm->name) == n + 1 && ((struct arr *)nm->entry)->id == n + 1;
		n++;
	}
	ok(same && n == 4 && LINKTABLE_ARRAY_FIND(bylen, "ccc") == &l_ccc &&
		   LINKTABLE_ARRAY_FIND(bylen, "zzzz") == &l_zzzz && LINKTABLE_ARRAY_FIND(bylen, "aaa") == NULL,
	   "a table in the program's own order (by length): walked and searched in it");

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
