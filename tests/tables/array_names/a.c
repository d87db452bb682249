/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/array_names/a.c - two array tables, "uart" and
 * "uart_16550": the second's name is the first's plus '_' and a digit, so
 * on mold (which sorts sections by name) its sections sort among the
 * first's levels 10-19 and 20-99.  The program checks that "uart" is one
 * array: END - START is the count its walk finds, indexing from START up
 * to the count meets its own entries in order.  (With -DNO_STRADDLE,
 * "uart" uses levels 10 and 11 only, which no other section sorts
 * between.)
 */
#include <stdio.h>

#include "names.h"

LINKTABLE_ARRAY_DEFINE(struct uart_drv, uart);
LINKTABLE_ARRAY_DEFINE(struct uart_drv, uart_16550);

LINKTABLE_ARRAY_ENTRY(uart, 10, first) = { 10 };
#ifdef NO_STRADDLE
LINKTABLE_ARRAY_ENTRY(uart, 11, second) = { 11 };
#else
LINKTABLE_ARRAY_ENTRY(uart, 20, second) = { 20 };
#endif

static int points, failed;

static void point(int ok, const char *what, int got, int want)
{
	points++;
	failed += !ok;
	printf("%sok %d - %s: %d (want %d)\n", ok ? "" : "not ", points, what, got, want);
}

int main(void)
{
	const struct uart_drv *p;
	struct uart_drv *start = LINKTABLE_ARRAY_START(uart);
	int n = 0, i, in_order = 1;

	LINKTABLE_ARRAY_FOREACH(p, uart)
		n++;
	point(n == 2, "uart's walk", n, 2);
	point((int)(LINKTABLE_ARRAY_END(uart) - start) == n, "uart: END - START", (int)(LINKTABLE_ARRAY_END(uart) - start), n);
	for (i = 0; i < n && i < 8; i++)
		in_order &= start[i].id == (i == 0 ? 10 : second.id);
	point(in_order, "uart by index: its own entries in order", in_order, 1);
	n = 0;
	LINKTABLE_ARRAY_FOREACH(p, uart_16550)
		n++;
	point(n == 2 && LINKTABLE_ARRAY_END(uart_16550) - LINKTABLE_ARRAY_START(uart_16550) == 2, "uart_16550's walk and END - START", n, 2);
	printf("1..%d\n", points);
	return failed != 0;
}
