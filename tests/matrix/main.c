/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/main.c - the hosted driver of the matrix test program: runs
 * every check, prints each failure on stderr, exits 1 if any failed.
 * In a hosted position-independent build it also checks that every pointer
 * table was protected (docs/design.md, "Write protection"): its state is
 * LINKTABLE_PROTECT_DONE and a write to an entry faults in a child.
 */
#include <stdio.h>

#include "../tables/write_faults.h"
#include "check.h"
#include "types.h"

void matrix_fail(const char *table, const char *what, long got, long want)
{
	fprintf(stderr, "%s: %s: got %ld, want %ld\n", table, what, got, want);
}

/* The protection state every table must be in, and whether its entries are
 * read-only; prints what it found on stdout. */
static int check_protected(void)
{
	const struct {
		const char *name;
		unsigned int state;
	} tables[] = {
		{ "t1", LINKTABLE_PROTECT_STATE(t1) },	  { "t3", LINKTABLE_PROTECT_STATE(t3) },
		{ "t40", LINKTABLE_PROTECT_STATE(t40) },	  { "t64", LINKTABLE_PROTECT_STATE(t64) },
		{ "tptr", LINKTABLE_PROTECT_STATE(tptr) }, { "tempty", LINKTABLE_PROTECT_STATE(tempty) },
	};
	const struct mptr *p;
	unsigned int want = LINKTABLE_PROTECT_NONE;
	int bad = 0;

#if LTX_PROTECT
	want = sysconf(_SC_PAGESIZE) > LTX_PROTECT_ALIGN ? LINKTABLE_PROTECT_PAGE_SIZE : LINKTABLE_PROTECT_DONE;
#endif
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (tables[i].state != want) {
			matrix_fail(tables[i].name, "protection state", (long)tables[i].state, (long)want);
			bad++;
		}
	LINKTABLE_FOREACH(p, tptr)
		break;
	if (want == LINKTABLE_PROTECT_DONE && write_faults(p) != 1) {
		matrix_fail("tptr", "a write to a protected entry faults", write_faults(p), 1);
		bad++;
	}
	printf("protected: %s\n", want == LINKTABLE_PROTECT_DONE ? "yes"
				: want == LINKTABLE_PROTECT_NONE ? "no (not hosted position-independent code)"
							      : "NO: the page size exceeds the guards' alignment");
	return bad;
}

int main(void)
{
	long entries;
	int bad = matrix_check_all(&entries);

	bad += check_protected();
	if (bad) {
		fprintf(stderr, "matrix-test: %d checks failed\n", bad);
		return 1;
	}
	printf("matrix-test: all checks passed, %ld entries\n", entries);
	return 0;
}
