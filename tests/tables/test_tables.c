/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_tables.c - unit tests of the table API in
 * <linktable/linktable.h>, over entries from entries_{a,b,c}.c.
 *
 *	test_tables                 TAP
 *	test_tables --print-order   every table's ids in iteration order, for
 *	                            tests/tables/same-order.sh
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../tap.h"
#include "tables_test.h"

/* The entries' ids in the order they must come: level, then tu (= the id's
 * own order, see ENTRY_ID()).  Levels 7 and 5 (tu c) have no function. */
static const int want_ids[] = { 1, 13, 51, 52, 53, 72, 103, 421, 422, 602, 991, 993 };
#define N_WANT ((int)(sizeof(want_ids) / sizeof(want_ids[0])))
#define MAX_IDS 64

static int has_fn(int id)
{
	return id != 72 && id != 53;
}

int op_record(struct op_log *log, int id)
{
	if (log->calls < MAX_IDS)
		log->ids[log->calls] = id;
	log->calls++;
	return id == log->fail_id ? id : 0;
}

/*
 * collect_<table>(out, reverse) - the ids of a table's entries in forward or
 * reverse iteration order; returns how many.  It also checks every byte of
 * each entry against its id and the entry's alignment, counting mismatches
 * in bad_content.
 */
static int bad_content;

static int content_ok_op(const struct op *e)
{
	return e->id > 0 && (e->run == NULL) == !has_fn(e->id);
}

static int content_ok_sz1(const struct sz1 *e)
{
	(void)e;
	return 1; /* its one byte is the id */
}

static int content_ok_sz3(const struct sz3 *e)
{
	const struct sz3 want = SZ3(e->b[0]);

	return memcmp(e, &want, sizeof(want)) == 0;
}

static int content_ok_sz40(const struct sz40 *e)
{
	const struct sz40 want = SZ40(e->w[0] >> 32);

	/* the type's own alignment: 8, but 4 on i386 (uint64_t in a struct) */
	return (uintptr_t)e % _Alignof(struct sz40) == 0 && memcmp(e, &want, sizeof(want)) == 0;
}

static int content_ok_sz64(const struct sz64 *e)
{
	const struct sz64 want = SZ64(e->id);

	return (uintptr_t)e % 64 == 0 && memcmp(e, &want, sizeof(want)) == 0;
}

#define DEFINE_COLLECT(table, kind, id_expr) \
	static int note_##table(const struct kind *e, int *out, int n) \
	{ \
		bad_content += !content_ok_##kind(e); \
		if (n < MAX_IDS) \
			out[n] = (id_expr); \
		return n + 1; \
	} \
	static int collect_##table(int *out, int reverse) \
	{ \
		const struct kind *e; \
		int n = 0; \
		if (reverse) { \
			LINKTABLE_FOREACH_REVERSE(e, table) \
				n = note_##table(e, out, n); \
		} else { \
			LINKTABLE_FOREACH(e, table) \
				n = note_##table(e, out, n); \
		} \
		return n; \
	}

DEFINE_COLLECT(ops, op, e->id)
DEFINE_COLLECT(nothing, op, e->id)
DEFINE_COLLECT(t_sz1, sz1, e->b)
DEFINE_COLLECT(t_sz3, sz3, e->b[0])
DEFINE_COLLECT(t_sz40, sz40, (int)(e->w[0] >> 32))
DEFINE_COLLECT(t_sz64, sz64, (int)e->id)

struct table_case {
	const char *name;
	int (*collect)(int *out, int reverse);
	size_t count;
	int empty;
	int id_mask; /* the part of the id an entry can hold */
};

static int same_ids(const int *got, int n, const int *want, int n_want, int mask, int reverse)
{
	int i;

	if (n != n_want)
		return 0;
	for (i = 0; i < n; i++) {
		int w = want[reverse ? n - 1 - i : i] & mask;

		if (got[i] != w) {
			diag("entry %d: got id %d, want %d", i, got[i], w);
			return 0;
		}
	}
	return 1;
}

static void test_table_case(const struct table_case *c)
{
	int fwd[MAX_IDS], rev[MAX_IDS];
	int nf, nr;
	char what[128];

	bad_content = 0;
	nf = c->collect(fwd, 0);
	nr = c->collect(rev, 1);
	snprintf(what, sizeof(what), "%s: COUNT is the number of entries", c->name);
	is_int(c->count, N_WANT, what);
	ok(!c->empty, "%s: not EMPTY", c->name);
	ok(same_ids(fwd, nf, want_ids, N_WANT, c->id_mask, 0),
	   "%s: FOREACH visits every entry by level, then link order", c->name);
	ok(same_ids(rev, nr, want_ids, N_WANT, c->id_mask, 1),
	   "%s: FOREACH_REVERSE is the exact reverse", c->name);
	snprintf(what, sizeof(what), "%s: every entry's bytes and alignment intact", c->name);
	is_int(bad_content, 0, what);
}

static void test_sizes_and_order(void)
{
	const struct table_case cases[] = {
		{ "ops (16 bytes)", collect_ops, LINKTABLE_COUNT(ops), LINKTABLE_EMPTY(ops), -1 },
		{ "size 1", collect_t_sz1, LINKTABLE_COUNT(t_sz1), LINKTABLE_EMPTY(t_sz1), 0xff },
		{ "size 3", collect_t_sz3, LINKTABLE_COUNT(t_sz3), LINKTABLE_EMPTY(t_sz3), 0xff },
		{ "size 40 align 8", collect_t_sz40, LINKTABLE_COUNT(t_sz40), LINKTABLE_EMPTY(t_sz40), -1 },
		{ "size 64 align 64", collect_t_sz64, LINKTABLE_COUNT(t_sz64), LINKTABLE_EMPTY(t_sz64), -1 },
	};
	size_t i;

	is_int(sizeof(struct sz40), 40, "struct sz40 is 40 bytes");
	is_int(sizeof(struct sz64), 64, "struct sz64 is 64 bytes");
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		test_table_case(&cases[i]);
}

static void test_empty(void)
{
	static const struct op not_an_entry;
	const struct op *e = &not_an_entry; /* so that NULL afterwards means something */
	int ids[MAX_IDS];
	int n = 0;

	is_int(LINKTABLE_COUNT(nothing), 0, "empty table: COUNT is 0");
	ok(LINKTABLE_EMPTY(nothing), "empty table: EMPTY is true");
	is_int(collect_nothing(ids, 0), 0, "empty table: FOREACH runs 0 times");
	is_int(collect_nothing(ids, 1), 0, "empty table: FOREACH_REVERSE runs 0 times");
	LINKTABLE_FOREACH(e, nothing)
		n++;
	ok(n == 0 && e == NULL, "empty table: the loop variable is NULL afterwards");
}

static void test_loop_control(void)
{
	const struct op *e;
	int n = 0, after_continue = 0, nested = 0, nested_order_ok = 1, i = 0;

	LINKTABLE_FOREACH(e, ops)
		n++;
	ok(n == N_WANT && e == NULL, "a complete FOREACH leaves the loop variable NULL");
	n = 0;
	LINKTABLE_FOREACH_REVERSE(e, ops)
		n++;
	ok(n == N_WANT && e == NULL, "a complete FOREACH_REVERSE leaves the loop variable NULL");

	n = 0;
	LINKTABLE_FOREACH(e, ops) {
		if (++n == 3)
			break;
	}
	ok(n == 3 && e && e->id == want_ids[2], "break stops the loop and keeps the entry");
	n = 0;
	LINKTABLE_FOREACH_REVERSE(e, ops) {
		if (++n == 2)
			break;
	}
	ok(n == 2 && e && e->id == want_ids[N_WANT - 2], "break in FOREACH_REVERSE keeps the entry");

	n = 0;
	LINKTABLE_FOREACH(e, ops) {
		if (n++ % 2)
			continue;
		after_continue++;
	}
	ok(n == N_WANT && after_continue == (N_WANT + 1) / 2 && e == NULL,
	   "continue goes on with the next entry");

	LINKTABLE_FOREACH(e, ops) {
		const struct op *inner;
		int j = 0;

		LINKTABLE_FOREACH(inner, ops) {
			if (inner->id != want_ids[j++])
				nested_order_ok = 0;
			nested++;
		}
		if (e->id != want_ids[i++])
			nested_order_ok = 0;
	}
	ok(nested == N_WANT * N_WANT && nested_order_ok && i == N_WANT,
	   "nested FOREACH over the same table: %d pairs, both in order", nested);
}

static void test_run(void)
{
	struct op_log log;
	int want_called[MAX_IDS], n_called = 0, i, r, stop_at = -1;

	for (i = 0; i < N_WANT; i++)
		if (has_fn(want_ids[i]))
			want_called[n_called++] = want_ids[i];

	memset(&log, 0, sizeof(log));
	LINKTABLE_RUN_ALL(ops, run, &log);
	ok(same_ids(log.ids, log.calls, want_called, n_called, -1, 0),
	   "RUN_ALL calls every non-NULL member once, in order (%d calls)", log.calls);

	memset(&log, 0, sizeof(log));
	r = LINKTABLE_RUN_ERR(ops, run, &log);
	ok(r == 0 && log.calls == n_called, "RUN_ERR returns 0 when every call returns 0");

	memset(&log, 0, sizeof(log));
	log.fail_id = 421;
	r = LINKTABLE_RUN_ERR(ops, run, &log);
	for (i = 0; i < n_called; i++)
		if (want_called[i] == 421)
			stop_at = i;
	is_int(r, 421, "RUN_ERR returns the first non-zero result");
	ok(log.calls == stop_at + 1 && same_ids(log.ids, log.calls, want_called, stop_at + 1, -1, 0),
	   "RUN_ERR stops at the first non-zero result");

	memset(&log, 0, sizeof(log));
	log.fail_id = 72; /* an entry without a function: never called */
	r = LINKTABLE_RUN_ERR(ops, run, &log);
	ok(r == 0 && log.calls == n_called, "RUN_ERR skips NULL members");
}

static void test_foreach_in(void)
{
	const struct linktable_bounds *b = &linktable_bounds_ops;
	const struct op *e;
	int ids[MAX_IDS], n = 0;

	LINKTABLE_FOREACH_IN(e, ops, b)
		if (n < MAX_IDS)
			ids[n++] = e->id;
	ok(same_ids(ids, n, want_ids, N_WANT, -1, 0) && e == NULL,
	   "FOREACH_IN over a bounds pointer visits the same entries");
	n = 0;
	LINKTABLE_FOREACH_REVERSE_IN(e, ops, b)
		if (n < MAX_IDS)
			ids[n++] = e->id;
	ok(same_ids(ids, n, want_ids, N_WANT, -1, 1), "FOREACH_REVERSE_IN is its reverse");
}

static int print_order(void)
{
	int (*const collect[])(int *, int) = { collect_ops, collect_t_sz1, collect_t_sz3,
					       collect_t_sz40, collect_t_sz64 };
	int ids[MAX_IDS];
	size_t t;
	int i, n;

	for (t = 0; t < sizeof(collect) / sizeof(collect[0]); t++) {
		n = collect[t](ids, 0);
		for (i = 0; i < n && i < MAX_IDS; i++)
			printf("%zu %d\n", t, ids[i]);
	}
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 2 && strcmp(argv[1], "--print-order") == 0)
		return print_order();
	if (argc != 1) {
		fprintf(stderr, "usage: %s [--print-order]\n", argv[0]);
		return 2;
	}
	test_sizes_and_order();
	test_empty();
	test_loop_control();
	test_run();
	test_foreach_in();
	return tap_done();
}
