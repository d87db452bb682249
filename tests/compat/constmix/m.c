/* SPDX-License-Identifier: MIT */
/*
 * The checks: each table's count, table_end() - table_start() equal to it,
 * indexing from the start up to the count (ascending level, every entry
 * exactly once), and the reverse walk; TAP.
 */
#include <stdio.h>
#include "constmix.h"

LINKTABLE_IPXE_DEFINE(SETTINGS);
LINKTABLE_IPXE_DEFINE(NUMS);
LINKTABLE_ARRAY_DEFINE(struct arr, arrs);

/* Writable entries at a level where the other files have const ones (in
 * one file, const and writable entries of one level do not compile:
 * "section type conflict"). */
CONSTMIX_SAME_LEVEL_CONST struct setting s_m1 __setting(01, m1) = { 102, "m1" };
CONSTMIX_SAME_LEVEL_CONST struct num n_m1 __table_entry(NUMS, 01) = { 101 };

static int failed, points;

/* One TAP point. */
static void expect(int ok, const char *what)
{
	printf("%sok %d - %s\n", ok ? "" : "not ", ++points, what);
	failed |= !ok;
}

/* @orders: the orders found by indexing, @n of them; @want, @nwant: the
 * orders expected (each exactly once), ascending by hundreds. */
static void check_orders(const char *table, const int *orders, long n, const int *want, long nwant)
{
	char what[128];
	long i, j;

	snprintf(what, sizeof(what), "%s: %ld entries indexed, %ld expected", table, n, nwant);
	expect(n == nwant, what);
	for (i = 1; i < n; i++) {
		snprintf(what, sizeof(what), "%s: entry %ld (%d) after %d: ascending level", table, i, orders[i],
			 orders[i - 1]);
		expect(orders[i] / 100 >= orders[i - 1] / 100, what);
	}
	for (j = 0; j < nwant; j++) {
		int seen = 0;

		for (i = 0; i < n; i++)
			seen += orders[i] == want[j];
		snprintf(what, sizeof(what), "%s: %d seen %d times", table, want[j], seen);
		expect(seen == 1, what);
	}
}

int main(void)
{
	static const int want_settings[] = { 100, 101, 102, 200, 300, 400, 401 };
	static const int want_nums[] = { 100, 101, 200, 300, 400, 401 };
	static const int want_arrs[] = { 500, 501, 700, 900 };
	int orders[32];
	long n, i, back;

	{
		struct setting *s;

		n = table_num_entries(SETTINGS);
		expect(table_end(SETTINGS) - table_start(SETTINGS) == n, "settings: end - start == count");
		for (i = 0; i < n && i < 32; i++)
			orders[i] = table_start(SETTINGS)[i].order;
		check_orders("settings", orders, i, want_settings, 7);
		back = 0;
		for_each_table_entry_reverse(s, SETTINGS)
			back++;
		expect(back == n, "settings: reverse walk");
		expect(hostname_setting.order == 101 && table_index(SETTINGS, &hostname_setting) < table_num_entries(SETTINGS),
		       "settings: hostname_setting inside the table");
		/* A writable entry stays writable. */
		table_start(SETTINGS)[3].name = "written";
		/* The barrier is needed: to C, table_start(SETTINGS)[3] is 48
		 * bytes past some pointer, and s_a2 is a 16-byte object of its
		 * own, so the compiler may prove that the store cannot reach
		 * s_a2 (clang's scheduler on arm and aarch64 at -O2 does, and
		 * loads s_a2.name first).  docs/design.md, "Writing through
		 * the table, reading by name". */
		__asm__ __volatile__("" : : : "memory");
		expect(s_a2.name[0] == 'w', "settings: s_a2 written through the table");
	}
	{
		struct num *p;

		n = table_num_entries(NUMS);
		expect(table_end(NUMS) - table_start(NUMS) == n, "nums: end - start == count");
		i = 0;
		for_each_table_entry(p, NUMS)
			if (i < 32)
				orders[i++] = p->order;
		check_orders("nums", orders, i, want_nums, 6);
	}
	{
		n = (long)LINKTABLE_COUNT(arrs);
		expect(LINKTABLE_ARRAY_END(arrs) - LINKTABLE_ARRAY_START(arrs) == n, "arrs: end - start == count");
		expect(LINKTABLE_ARRAY_CONTIGUOUS(arrs), "arrs: contiguous");
		for (i = 0; i < n && i < 32; i++)
			orders[i] = LINKTABLE_ARRAY_START(arrs)[i].order;
		check_orders("arrs", orders, i, want_arrs, 4);
	}
	printf("1..%d\n", points);
	return failed;
}
