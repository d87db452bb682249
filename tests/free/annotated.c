/* SPDX-License-Identifier: MIT */
#include "annotated.h"

LINKTABLE_INIT_DATA int init_table[INIT_TABLE_WORDS] = { 1, 2, 3 };
LINKTABLE_ONLY_DATA(XEN) int xen_table[1024] = { 7 };
LINKTABLE_ONLY_DATA(PC) int pc_table[1024] = { 9 };

int neighbor_data[4] = { 11, 12, 13, 14 };

/* noinline: the tests call into the ranges, not into inlined copies */
LINKTABLE_INIT_TEXT __attribute__((noinline)) int init_sum(int n)
{
	int s = 0, i;

	for (i = 0; i < n && i < INIT_TABLE_WORDS; i++)
		s += init_table[i];
	return s;
}

LINKTABLE_ONLY_TEXT(XEN) __attribute__((noinline)) int xen_only(int x)
{
	return x + xen_table[0];
}

LINKTABLE_ONLY_TEXT(PC) __attribute__((noinline)) int pc_only(int x)
{
	return x + pc_table[0];
}

__attribute__((noinline)) int neighbor_text(int x)
{
	return x * 2 + neighbor_data[0];
}

long touch_annotated(void)
{
	volatile int *t = init_table;
	long s = 0;
	int i;

	for (i = 0; i < INIT_TABLE_WORDS; i += 1024)
		t[i] = t[i] + 1, s += t[i];
	return s + init_sum(4) + xen_only(1) + pc_only(1) + xen_table[1] + pc_table[1];
}
