/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/main.c - the hosted driver of the matrix test program: runs
 * every check, prints each failure on stderr, exits 1 if any failed.
 * In a hosted position-independent build it also checks that every pointer
 * table was sealed (docs/design.md, "Sealing"): its state is
 * LINKTABLE_SEAL_DONE and a write to an entry faults in a child.
 */
#include <stdio.h>

#include "../tables/write_faults.h"
#include "check.h"
#include "types.h"

void matrix_fail(const char *table, const char *what, long got, long want)
{
	fprintf(stderr, "%s: %s: got %ld, want %ld\n", table, what, got, want);
}

/* The seal state every table must be in, and whether its entries are
 * read-only; prints what it found on stdout. */
static int check_sealed(void)
{
	const struct {
		const char *name;
		unsigned int state;
	} tables[] = {
		{ "t1", LINKTABLE_SEAL_STATE(t1) },	  { "t3", LINKTABLE_SEAL_STATE(t3) },
		{ "t40", LINKTABLE_SEAL_STATE(t40) },	  { "t64", LINKTABLE_SEAL_STATE(t64) },
		{ "tptr", LINKTABLE_SEAL_STATE(tptr) }, { "tempty", LINKTABLE_SEAL_STATE(tempty) },
	};
	const struct mptr *p;
	unsigned int want = LINKTABLE_SEAL_NONE;
	int bad = 0;

#if LTX_SEAL
	want = sysconf(_SC_PAGESIZE) > LTX_SEAL_ALIGN ? LINKTABLE_SEAL_PAGE_SIZE : LINKTABLE_SEAL_DONE;
#endif
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
		if (tables[i].state != want) {
			matrix_fail(tables[i].name, "seal state", (long)tables[i].state, (long)want);
			bad++;
		}
	LINKTABLE_FOREACH(p, tptr)
		break;
	if (want == LINKTABLE_SEAL_DONE && write_faults(p) != 1) {
		matrix_fail("tptr", "a write to a sealed entry faults", write_faults(p), 1);
		bad++;
	}
	printf("sealed: %s\n", want == LINKTABLE_SEAL_DONE ? "yes"
				: want == LINKTABLE_SEAL_NONE ? "no (not hosted position-independent code)"
							      : "NO: the page size exceeds the guards' alignment");
	return bad;
}

int main(void)
{
	long entries;
	int bad = matrix_check_all(&entries);

	bad += check_sealed();
	if (bad) {
		fprintf(stderr, "matrix-test: %d checks failed\n", bad);
		return 1;
	}
	printf("matrix-test: all checks passed, %ld entries\n", entries);
	return 0;
}
