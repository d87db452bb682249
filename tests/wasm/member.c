/* SPDX-License-Identifier: MIT */
/* Entries of the archive member (ids level * 10 + 3): main.c requires the
 * object, so the member is linked although nothing else refers to it. */
#include "wasm_test.h"

LINKTABLE_PROVIDE_OBJECT(wasm_member);

LINKTABLE_ENTRY(ops, 40, middle) = { 403, 0 };
LINKTABLE_ENTRY(ops, 12, mine) = { 123, 0 };
LINKTABLE_ENTRY(wides, 99, last) = WIDE(993);
CALL(99, 993);
