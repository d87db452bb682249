/* SPDX-License-Identifier: MIT */
/*
 * A faithful port of the seed mock-up's dependency sort, for comparison
 * with the planner only.  Ported from Luis R. Rodriguez's table-init
 * mock-up (https://github.com/mcgrof/table-init):
 *
 *   arch/x86/kernel/sort-init.c, commit 96fa88788ad8c749b8640a36110d06c4688919ef:
 *     x86_init_fn_find_dep() and x86_init_fn_sort()
 *   arch/x86/include/asm/x86_init_fn.h, commit 16fe566b8ae6f2bf494cd671f0ed64b0e92585dd:
 *     struct x86_init_fn (in baseline.h)
 *
 * The algorithm is unchanged: one pass over the table; for each entry a
 * linear scan of the whole table finds the entry whose detect pointer
 * equals its depend pointer; if that entry lies later, the two structs are
 * swapped whole (struct copy + memmove) and the same position is examined
 * again.  Only the names differ (the non-static symbol carries the project
 * prefix), and the kernel headers are replaced by their C equivalents.
 * Like the original it follows one dependency per entry, and it does not
 * guarantee a valid order: an entry swapped forward past one that depends
 * on it is not revisited.
 */
#include <string.h>

#include "baseline.h"

static struct x86_init_fn *x86_init_fn_find_dep(struct x86_init_fn *start, struct x86_init_fn *finish,
						struct x86_init_fn *q)
{
	struct x86_init_fn *p;

	if (!q)
		return NULL;

	for (p = start; p < finish; p++)
		if (p->detect == q->depend)
			return p;

	return NULL;
}

void linktable_bench_x86_init_fn_sort(struct x86_init_fn *start, struct x86_init_fn *finish)
{
	struct x86_init_fn *p, *q, tmp;

	for (p = start; p < finish; p++) {
again:
		q = x86_init_fn_find_dep(start, finish, p);
		/* We are bit sneaky here. We use the memory address to figure
		 * out if the node we depend on is past our point, if so, swap.
		 */
		if (q > p) {
			tmp = *p;
			memmove(p, q, sizeof(*p));
			*q = tmp;
			goto again;
		}
	}
}
