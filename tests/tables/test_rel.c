/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_rel.c - a relative table filled from two files over
 * several levels (rel_a.c, rel_b.c): order by level, then link order, its
 * exact reverse, and the count.  On PE/COFF its slots are pointers with
 * the linker's zero padding between the files' contributions.
 */
#include "../tap.h"
#include "rel_test.h"

LINKTABLE_REL_DEFINE(rel_fn, rel_calls);

static const int want[] = { 1, 51, 52, 102, 422, 991 };
#define N_WANT ((int)(sizeof(want) / sizeof(want[0])))

int main(void)
{
	rel_fn f;
	int got[16], n = 0, i, in_order = 1;

	LINKTABLE_REL_FOREACH(f, rel_calls)
		if (n < 16)
			got[n++] = f();
	for (i = 0; i < n && i < N_WANT; i++)
		in_order &= got[i] == want[i];
	ok(n == N_WANT && in_order, "REL_FOREACH calls every function by level, then link order (%d calls)", n);
	n = 0;
	in_order = 1;
	LINKTABLE_REL_FOREACH_REVERSE(f, rel_calls)
		if (n < 16)
			got[n++] = f();
	for (i = 0; i < n && i < N_WANT; i++)
		in_order &= got[i] == want[N_WANT - 1 - i];
	ok(n == N_WANT && in_order, "REL_FOREACH_REVERSE is its exact reverse");
	is_int(LINKTABLE_REL_COUNT(rel_calls), N_WANT, "REL_COUNT counts the functions");
	n = 0;
	LINKTABLE_REL_FOREACH(f, rel_calls)
		if (++n == 2)
			break;
	ok(n == 2 && f() == want[1], "break keeps the function");
	return tap_done();
}
