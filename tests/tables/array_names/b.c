/* SPDX-License-Identifier: MIT */
/* tests/tables/array_names/b.c - uart_16550's entries, at levels 05 and 17. */
#include "names.h"

LINKTABLE_ARRAY_ENTRY(uart_16550, 5, early) = { 1005 };
LINKTABLE_ARRAY_ENTRY(uart_16550, 17, late) = { 1017 };
