/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/main.c - the hosted driver of the matrix test program: runs
 * every check, prints each failure on stderr, exits 1 if any failed.
 */
#include <stdio.h>

#include "check.h"

void matrix_fail(const char *table, const char *what, long got, long want)
{
	fprintf(stderr, "%s: %s: got %ld, want %ld\n", table, what, got, want);
}

int main(void)
{
	long entries;
	int bad = matrix_check_all(&entries);

	if (bad) {
		fprintf(stderr, "matrix-test: %d checks failed\n", bad);
		return 1;
	}
	printf("matrix-test: all checks passed, %ld entries\n", entries);
	return 0;
}
