/* SPDX-License-Identifier: MIT */
/* Entries of file a (ids level * 10 + 1), levels out of order on purpose. */
#include "macho_test.h"

static int twice(int x)
{
	return 2 * x;
}

LINKTABLE_ENTRY(ops, 40, middle) = { 401, MAGIC, twice };
LINKTABLE_ENTRY(ops, 5, early) = { 51, MAGIC, 0 };
LINKTABLE_ENTRY(ops, 99, same) = { 991, MAGIC, twice };
LINKTABLE_ENTRY(a_table_with_a_long_name, 7, w7) = { 71, MAGIC, { 7, 71 } };
CALL(60, 601);
CALL(3, 31);
