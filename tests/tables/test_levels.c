/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_levels.c - every legal spelling of an order level: 0..99,
 * and 00..09 (iPXE's spelling) as the same levels as 0..9, directly and
 * through a macro, in plain and relative tables; each entry must be walked
 * once, in level order, with 0N and N in the same level.  The spellings
 * that must not compile are in tests/compile-fail (core_level_*).
 */
#include "../tap.h"

#include <linktable/linktable.h>

struct lv_entry {
	int level;
};
LINKTABLE_DEFINE(struct lv_entry, lv_all);

/* One entry at every level 0..99, written as the canonical number. */
#define LV_ONE(t, level) LINKTABLE_ENTRY(lv_all, level, lv_##level) = { level };
LTX_FOR_EACH_LEVEL(LV_ONE, ~)

/* And at levels 0..9 once more, written with a leading zero. */
LINKTABLE_ENTRY(lv_all, 00, lv_00) = { 0 };
LINKTABLE_ENTRY(lv_all, 01, lv_01) = { 1 };
LINKTABLE_ENTRY(lv_all, 02, lv_02) = { 2 };
LINKTABLE_ENTRY(lv_all, 03, lv_03) = { 3 };
LINKTABLE_ENTRY(lv_all, 04, lv_04) = { 4 };
LINKTABLE_ENTRY(lv_all, 05, lv_05) = { 5 };
LINKTABLE_ENTRY(lv_all, 06, lv_06) = { 6 };
LINKTABLE_ENTRY(lv_all, 07, lv_07) = { 7 };
LINKTABLE_ENTRY(lv_all, 08, lv_08) = { 8 };
LINKTABLE_ENTRY(lv_all, 09, lv_09) = { 9 };
/* Through a macro: 08 is no valid C integer, so it must never be evaluated. */
#define LV_MACRO_LEVEL 08
LINKTABLE_ENTRY(lv_all, LV_MACRO_LEVEL, lv_macro) = { 8 };

/* A relative table: 05 and 5 in one level, between 4 and 6. */
typedef int (*lv_fn)(void);
LINKTABLE_REL_DEFINE(lv_fn, lv_rel);
static __attribute__((used)) int lv_four(void)
{
	return 4;
}
static __attribute__((used)) int lv_five(void)
{
	return 5;
}
static __attribute__((used)) int lv_six(void)
{
	return 6;
}
LINKTABLE_REL_ENTRY(lv_rel, 6, lv_six);
LINKTABLE_REL_ENTRY(lv_rel, 05, lv_five);
LINKTABLE_REL_ENTRY(lv_rel, 5, lv_five);
LINKTABLE_REL_ENTRY(lv_rel, 04, lv_four);

int main(void)
{
	const struct lv_entry *p;
	int count[100] = { 0 }, last = -1, ordered = 1, n = 0, i, all = 1;
	lv_fn fn;
	int rel[8], nrel = 0;

	LINKTABLE_FOREACH(p, lv_all) {
		if (p->level < last)
			ordered = 0;
		last = p->level;
		if (p->level >= 0 && p->level < 100)
			count[p->level]++;
		n++;
	}
	is_int(n, 111, "every entry walked: 100 canonical, 10 with a leading zero, 1 through a macro");
	ok(ordered, "entries walked in level order, 0N with N");
	for (i = 0; i < 100; i++)
		all &= count[i] == (i == 8 ? 3 : i < 10 ? 2 : 1);
	ok(all, "0N is level N: two entries at 0..9 (three at 8), one at 10..99");
	is_int(LINKTABLE_COUNT(lv_all), 111, "LINKTABLE_COUNT counts them all");

	LINKTABLE_REL_FOREACH(fn, lv_rel) {
		if (nrel < 8)
			rel[nrel] = fn();
		nrel++;
	}
	ok(nrel == 4 && rel[0] == 4 && rel[1] == 5 && rel[2] == 5 && rel[3] == 6,
	   "relative table: 04, 05, 5 and 6 in level order");
	printf("1..%d\n", tap_count);
	return tap_failed != 0;
}
