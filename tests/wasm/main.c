/* SPDX-License-Identifier: MIT */
/*
 * tests/wasm/main.c - defines and walks the tables of wasm_test.h in a
 * freestanding WebAssembly module.  The host (run.js) calls the exported
 * run() and prints each tap() it receives as a TAP point.
 *
 * EXACT_ORDER=1: the link order within a level is known (a, b, member);
 * under LTO it is deterministic but unspecified, and only the levels'
 * order and the set of entries are checked.
 */
#include "wasm_test.h"

#ifndef EXACT_ORDER
#define EXACT_ORDER 1
#endif

LINKTABLE_DEFINE(struct op, ops);
LINKTABLE_DEFINE(struct wide, wides);
LINKTABLE_DEFINE(struct op, nothing);
LINKTABLE_REL_DEFINE(call_fn, calls);
LINKTABLE_REQUIRE_OBJECT(wasm_member);

__attribute__((import_module("env"), import_name("tap"))) void tap(int ok, const char *what);
__attribute__((import_module("env"), import_name("note"))) void note(int value);

static const int want_ops[] = { 2, 51, 123, 401, 402, 403, 991, 992 };
static const int want_wides[] = { 1, 71, 72, 993 };
static const int want_calls[] = { 2, 31, 32, 601, 993 };
#define N(a) ((int)(sizeof(a) / sizeof((a)[0])))

/* Whether got[0..n) is want[] (exact), or, without EXACT_ORDER, a
 * permutation of it that keeps the levels (id / 10) ascending. */
static int same_order(const int *got, int n, const int *want, int nwant)
{
	int used[16] = { 0 };

	if (n != nwant)
		return 0;
	for (int i = 0; i < n; i++) {
		int found = 0;

		if (EXACT_ORDER && got[i] != want[i])
			return 0;
		if (i && got[i] / 10 < got[i - 1] / 10)
			return 0;
		for (int j = 0; j < n && !found; j++)
			if (!used[j] && want[j] == got[i])
				used[j] = found = 1;
		if (!found)
			return 0;
	}
	return 1;
}

static int reversed(const int *fwd, const int *rev, int n)
{
	for (int i = 0; i < n; i++)
		if (fwd[i] != rev[n - 1 - i])
			return 0;
	return 1;
}

static int wide_ok(const struct wide *w, int id)
{
	return w->w[0] == ((unsigned long long)id << 40 | 0xabcdefu) && w->w[1] == ~(unsigned long long)id &&
	       w->w[2] == (unsigned long long)id && (unsigned long)w % __alignof__(struct wide) == 0;
}

__attribute__((export_name("run"))) int run(void)
{
	const struct op *o;
	const struct wide *w;
	call_fn f;
	int fwd[16], rev[16], n, r, sum;

	tap(LINKTABLE_COUNT(ops) == 8, "LINKTABLE_COUNT(ops) counts the 8 entries of three files");
	tap(LINKTABLE_COUNT(wides) == 4, "LINKTABLE_COUNT(wides) counts 4 entries of 24 bytes");
	tap(LINKTABLE_REL_COUNT(calls) == 5, "LINKTABLE_REL_COUNT(calls) counts 5 functions");
	tap(LINKTABLE_EMPTY(nothing) && LINKTABLE_COUNT(nothing) == 0 && !LINKTABLE_EMPTY(ops),
	    "an unfilled table is empty, a filled one is not");

	n = 0;
	LINKTABLE_FOREACH(o, ops)
		if (n < 16)
			fwd[n++] = o->id;
	tap(same_order(fwd, n, want_ops, N(want_ops)) && o == 0,
	    "LINKTABLE_FOREACH visits ops by level, then link order; var is NULL after the loop");
	r = 0;
	LINKTABLE_FOREACH_REVERSE(o, ops)
		if (r < 16)
			rev[r++] = o->id;
	tap(r == n && reversed(fwd, rev, n), "LINKTABLE_FOREACH_REVERSE is the exact reverse");
	sum = 0;
	LINKTABLE_FOREACH(o, ops)
		if (o->run)
			sum += o->run(o->id);
	tap(sum == 2 * 51 + 3 * 2 + 3 * 402 + 2 * 991, "entries' function pointers call the right functions");
	LINKTABLE_FOREACH(o, ops)
		if (o->id / 10 == 40)
			break;
	tap(o && o->id / 10 == 40, "break leaves var at the entry");
	n = 0;
	LINKTABLE_FOREACH(o, ops)
		n += o->id == 991 || o->id == 992;
	tap(n == 2, "two files' entries named alike (\"same\") are both in the table");

	n = 0;
	LINKTABLE_FOREACH(w, wides) {
		if (n < 16)
			fwd[n] = (int)w->w[2];
		n += wide_ok(w, (int)w->w[2]) ? 1 : 100;
	}
	tap(same_order(fwd, n, want_wides, N(want_wides)),
	    "24-byte entries: every byte in place, aligned, in order");
	r = 0;
	LINKTABLE_FOREACH_REVERSE(w, wides)
		if (r < 16)
			rev[r++] = (int)w->w[2];
	tap(r == n && reversed(fwd, rev, n), "the reverse walk of wides");

	n = 0;
	LINKTABLE_REL_FOREACH(f, calls)
		if (n < 16)
			fwd[n++] = f();
	tap(same_order(fwd, n, want_calls, N(want_calls)), "LINKTABLE_REL_FOREACH calls the functions in level order");
	r = 0;
	LINKTABLE_REL_FOREACH_REVERSE(f, calls)
		if (r < 16)
			rev[r++] = f();
	tap(r == n && reversed(fwd, rev, n), "LINKTABLE_REL_FOREACH_REVERSE is the exact reverse");
	note(LINKTABLE_COUNT(ops));
	return 0;
}
