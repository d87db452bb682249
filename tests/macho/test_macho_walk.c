/* SPDX-License-Identifier: MIT */
/*
 * tests/macho/test_macho_walk.c - runs the Mach-O walk (internal/macho.h)
 * here, on ELF, since nothing here runs a Mach-O image: LTX_MACHO is set
 * before the headers, so the table macros are the Mach-O ones, and the
 * records that ld64 would gather in __DATA_CONST,linktable are laid out by
 * hand in one array, in "link order", with the bounds pointing at it.
 * Checked: FOREACH and FOREACH_REVERSE visit by level then record order
 * (and exactly reversed), records of another table and padding (all-zero
 * records) are skipped, COUNT, EMPTY, REL_FOREACH both ways, break, an
 * empty table and an empty section.
 */
#define LTX_MACHO 1
#include <linktable/linktable.h>

#include "../tap.h"

struct op {
	int id;
};
LINKTABLE_DECLARE(struct op, ops);
LINKTABLE_DECLARE(struct op, others);
LINKTABLE_DECLARE(struct op, nothing);
LINKTABLE_DECLARE(struct op, none_at_all);
typedef int (*call_fn)(void);
LINKTABLE_REL_DECLARE(call_fn, calls);

/* ids: level * 10 + position among the level's records */
static const struct op a51 = { 51 }, a401 = { 401 }, b2 = { 2 }, b402 = { 402 }, a991 = { 991 }, c403 = { 403 },
		       o1 = { -1 }, o2 = { -2 };
static int f31(void) { return 31; }
static int f32(void) { return 32; }
static int f601(void) { return 601; }

#define REC(t, lvl, e) { &linktable_bounds_##t, (lvl), (e), LTX_NULL }
#define FN(t, lvl, f) { &linktable_bounds_##t, (lvl), LTX_NULL, (void (*)(void))(f) }
#define PAD { LTX_NULL, 0, LTX_NULL, LTX_NULL }

/* The section as a link of three objects would leave it, with padding. */
static const struct linktable__macho_slot section[] = {
	REC(others, 3, &o1), REC(ops, 40, &a401), REC(ops, 5, &a51), FN(calls, 60, f601), REC(ops, 99, &a991),
	FN(calls, 3, f31), PAD,
	REC(ops, 0, &b2), REC(ops, 40, &b402), REC(others, 0, &o2), FN(calls, 3, f32),
	REC(ops, 40, &c403), PAD,
};
#define SECTION_END (section + sizeof(section) / sizeof(section[0]))

static struct linktable__cache c_ops, c_others, c_nothing, c_calls, c_none;
const struct linktable_bounds linktable_bounds_ops = { &c_ops, { { (const char *)section, (const char *)SECTION_END } } };
const struct linktable_bounds linktable_bounds_others = { &c_others,
							   { { (const char *)section, (const char *)SECTION_END } } };
const struct linktable_bounds linktable_bounds_nothing = { &c_nothing,
							    { { (const char *)section, (const char *)SECTION_END } } };
const struct linktable_bounds linktable_bounds_calls = { &c_calls,
							  { { (const char *)section, (const char *)SECTION_END } } };
/* An image where no object has a record: the section is empty. */
const struct linktable_bounds linktable_bounds_none_at_all = { &c_none,
								{ { (const char *)section, (const char *)section } } };

static int same(const int *got, int n, const int *want, int nwant)
{
	if (n != nwant)
		return 0;
	for (int i = 0; i < n; i++)
		if (got[i] != want[i])
			return 0;
	return 1;
}

int main(void)
{
	static const int want[] = { 2, 51, 401, 402, 403, 991 }, want_rev[] = { 991, 403, 402, 401, 51, 2 };
	static const int want_calls[] = { 31, 32, 601 }, want_calls_rev[] = { 601, 32, 31 };
	const struct op *o;
	call_fn f;
	int got[16], n;

	ok(LINKTABLE_COUNT(ops) == 6 && !LINKTABLE_EMPTY(ops), "COUNT: 6 records of ops among others and padding");
	n = 0;
	LINKTABLE_FOREACH(o, ops)
		got[n++] = o->id;
	ok(same(got, n, want, 6) && o == LTX_NULL, "FOREACH: by level, then record order; NULL after the loop");
	n = 0;
	LINKTABLE_FOREACH_REVERSE(o, ops)
		got[n++] = o->id;
	ok(same(got, n, want_rev, 6), "FOREACH_REVERSE: the exact reverse");
	n = 0;
	LINKTABLE_FOREACH(o, others)
		got[n++] = o->id;
	ok(n == 2 && got[0] == -2 && got[1] == -1 && LINKTABLE_COUNT(others) == 2, "another table in the same section");
	LINKTABLE_FOREACH(o, ops)
		if (o->id / 10 == 40)
			break;
	ok(o && o->id == 401, "break leaves the variable at the entry");
	ok(LINKTABLE_EMPTY(nothing) && LINKTABLE_COUNT(nothing) == 0, "a table with no records is empty");
	n = 0;
	LINKTABLE_FOREACH(o, nothing)
		n++;
	LINKTABLE_FOREACH_REVERSE(o, nothing)
		n++;
	ok(n == 0, "walks of an empty table visit nothing");
	n = 0;
	LINKTABLE_FOREACH(o, none_at_all)
		n++;
	ok(n == 0 && LINKTABLE_EMPTY(none_at_all), "an empty section: nothing, empty");
	n = 0;
	LINKTABLE_REL_FOREACH(f, calls)
		got[n++] = f();
	ok(same(got, n, want_calls, 3) && LINKTABLE_REL_COUNT(calls) == 3, "REL_FOREACH calls by level, then order");
	n = 0;
	LINKTABLE_REL_FOREACH_REVERSE(f, calls)
		got[n++] = f();
	ok(same(got, n, want_calls_rev, 3), "REL_FOREACH_REVERSE: the exact reverse");
	n = 0;
	LINKTABLE_FOREACH_IN(o, ops, &linktable_bounds_ops)
		n++;
	ok(n == 6, "FOREACH_IN on the bounds");
	return tap_done();
}
