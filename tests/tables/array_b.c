/* SPDX-License-Identifier: MIT */
/* tests/tables/array_b.c - array-table entries of a second file. */
#include "array_test.h"

LINKTABLE_ARRAY_ENTRY(arrs, 99, b99) = { 99, 1 };
LINKTABLE_ARRAY_ENTRY(arrs, 07, b07) = { 7, 2 };
LINKTABLE_ARRAY_ENTRY(arrs, 0, b0) = { 0, 3 };
struct arr b42 LINKTABLE_ARRAY_ATTR(arrs, 42) = { 42, 4 };
LINKTABLE_ARRAY_NAME(arrs, "bravo", b42);
LINKTABLE_ARRAY_NAME(arrs, "alpha", b07);
LINKTABLE_ARRAY_ENTRY(wides, 3, wb) = { { 'b' } };

int rel_two(void)
{
	return 2;
}
LINKTABLE_REL_ENTRY(relfns, 5, rel_two);

/* Names of the numerically ordered table (test_array.c has the others). */
LINKTABLE_ARRAY_ENTRY(nums, 1, n_dev10) = { 1, 10 };
LINKTABLE_ARRAY_ENTRY(nums, 1, n_dev2) = { 1, 2 };
static struct arr n_blk[2] LINKTABLE_ARRAY_ATTR(nums, 1) = { { 1, 100 }, { 1, 101 } };
LINKTABLE_ARRAY_NAME(nums, "dev_10", n_dev10);
LINKTABLE_ARRAY_NAME(nums, "dev_2", n_dev2);
LINKTABLE_ARRAY_NAME_N(nums, "blk9", n_blk, 2);
struct arr l_ccc LINKTABLE_ARRAY_ATTR(bylen, 3) = { 3, 3 };
LINKTABLE_ARRAY_NAME(bylen, "ccc", l_ccc);
