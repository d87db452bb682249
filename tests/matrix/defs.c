/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/defs.c - defines the matrix tables, and the objects the
 * pointer entries point at (so each such entry needs a relocation against
 * another object file).
 */
#include "types.h"

LINKTABLE_DEFINE(struct m1, t1);
LINKTABLE_DEFINE(struct m3, t3);
LINKTABLE_DEFINE(struct m40, t40);
LINKTABLE_DEFINE(struct m64, t64);
LINKTABLE_DEFINE(struct mptr, tptr);
LINKTABLE_DEFINE(struct m40, tempty);
LINKTABLE_REL_DEFINE(matrix_rel_fn, trel);

const unsigned int matrix_ids[256] = {
#define M(tu, table, level, id) MATRIX_ID_##table(id)
#define MATRIX_ID_t1(id)
#define MATRIX_ID_t3(id)
#define MATRIX_ID_t40(id)
#define MATRIX_ID_t64(id)
#define MATRIX_ID_tptr(id) [id] = id,
#define MATRIX_ID_tnull(id)
#define MATRIX_ID_trel(id)
#include "entries.def"
};

unsigned int matrix_twice(unsigned int x)
{
	return 2 * x;
}
