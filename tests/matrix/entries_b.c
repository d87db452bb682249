/* SPDX-License-Identifier: MIT */
/* tests/matrix/entries_b.c - the entries.def lines of translation unit "b". */
#include "types.h"

#define M(tu, table, level, id) MATRIX_TU_##tu(table, level, id)
#define MATRIX_TU_a(table, level, id)
#define MATRIX_TU_b(table, level, id) MATRIX_ENTRY(table, level, id)
#define MATRIX_TU_cxx(table, level, id)
#include "entries.def"
