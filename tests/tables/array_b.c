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
