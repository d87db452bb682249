/* SPDX-License-Identifier: MIT */
/* Entries of unit b (ids level * 10 + 2). */
#include "wasm_test.h"

static int thrice(int x)
{
	return 3 * x;
}

LINKTABLE_ENTRY(ops, 40, middle) = { 402, thrice };
LINKTABLE_ENTRY(ops, 0, first) = { 2, thrice };
LINKTABLE_ENTRY(ops, 99, same) = { 992, 0 };
LINKTABLE_ENTRY(wides, 7, w7) = WIDE(72);
CALL(3, 32);
CALL(0, 2);
