/* SPDX-License-Identifier: MIT */
/* Entries of unit a (ids level * 10 + 1).  "same" is also an entry name in
 * entries_b.c: a name need only be unique within its file. */
#include "wasm_test.h"

static int twice(int x)
{
	return 2 * x;
}

LINKTABLE_ENTRY(ops, 5, early) = { 51, twice };
LINKTABLE_ENTRY(ops, 40, middle) = { 401, 0 };
LINKTABLE_ENTRY(ops, 99, same) = { 991, twice };
LINKTABLE_ENTRY(wides, 7, w7) = WIDE(71);
LINKTABLE_ENTRY(wides, 0, w0) = WIDE(1);
CALL(3, 31);
CALL(60, 601);
