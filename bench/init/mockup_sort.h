/* SPDX-License-Identifier: MIT */
/*
 * The baseline of the planner benchmark: the ordering algorithm of the
 * seed's mock-up, written for this repository from a description of it
 * (docs/benchmarks.md, "Against the seed mock-up's algorithm"), not from
 * its code.  Bench only: nothing in the library uses it.
 */
#ifndef LINKTABLE_BENCH_MOCKUP_SORT_H
#define LINKTABLE_BENCH_MOCKUP_SORT_H

#include <stdint.h>

/*
 * One entry as the mock-up's table holds it: a level, a subarch mask, an
 * identity (the mock-up uses the address of the entry's detect routine)
 * and the identity of its one dependency (NULL: none), the routines it
 * would call, and a name.  The routines are never called here; they are
 * present so that an entry has the mock-up's size, since the algorithm
 * moves whole entries.
 *
 * @more_deps is not the mock-up's: its entry holds one dependency, and the
 * benchmark gives both sides the same table, with up to 3 dependencies per
 * step.  So that the mock-up's order is valid for all of them (the same
 * output as the planner's: every dependency before its dependent), further
 * dependencies' identities are listed here (NULL-terminated; NULL: none)
 * and scanned for as the first one is.  With one dependency per step it is
 * NULL and costs a load and a test per position.  (72 bytes on LP64.)
 */
struct linktable_bench_mock_entry {
	uint32_t level;
	uint32_t subarchs;
	const void *id;
	const void *depends_on;
	void (*routine[3])(void);
	const char *name;
	uint32_t flags;
	const void *const *more_deps;
};

/**
 * linktable_bench_mockup_sort() - order [@first, @end) so that each entry
 * comes after its dependency, the way the mock-up does: one pass over the
 * positions; at each, a linear scan of the table for the dependency of the
 * entry there, and a swap of the two entries when the dependency lies later
 * (the entry brought forward is then examined at the same position).  An
 * entry with further dependencies (@more_deps) has each scanned for in turn
 * the same way.
 * @first: first entry.  @end: one past the last.
 *
 * Return: the number of swaps made.
 */
unsigned long linktable_bench_mockup_sort(struct linktable_bench_mock_entry *first,
					  struct linktable_bench_mock_entry *end);

#endif
