/* SPDX-License-Identifier: MIT */
/* Entries of file b (ids level * 10 + 2); "same" is also a name in a. */
#include "macho_test.h"

static int thrice(int x)
{
	return 3 * x;
}

LINKTABLE_ENTRY(ops, 0, first) = { 2, MAGIC, thrice };
LINKTABLE_ENTRY(ops, 40, middle) = { 402, MAGIC, 0 };
LINKTABLE_ENTRY(ops, 99, same) = { 992, MAGIC, thrice };
LINKTABLE_ENTRY(a_table_with_a_long_name, 0, w0) = { 2, MAGIC, { 0, 2 } };
LINKTABLE_ENTRY(a_table_with_a_long_name, 7, w7) = { 72, MAGIC, { 7, 72 } };
CALL(3, 32);
