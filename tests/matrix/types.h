/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/types.h - the entry types and tables the toolchain matrix
 * exercises.  One type per layout that has broken linker tables somewhere:
 * 1 byte, 3 bytes (odd size, alignment 1), 40 bytes (GCC over-aligns
 * objects of 32 bytes and more), 64-byte alignment (more than malloc's),
 * and pointers (dynamic relocations in a PIE).
 *
 * No libc headers: the freestanding configuration compiles this too.
 */
#ifndef MATRIX_TYPES_H
#define MATRIX_TYPES_H

#include <linktable/linktable.h>

#ifdef __cplusplus
extern "C" {
#endif

struct m1 {
	unsigned char id;
};

struct m3 {
	unsigned char b[3]; /* id, id ^ 0x5a, level */
};

struct m40 {
	unsigned long long id;
	unsigned int level;
	unsigned char fill[28]; /* fill[0] = id ^ 0xa5, the rest 0 */
};

struct __attribute__((aligned(64))) m64 {
	unsigned int id;
	unsigned int level;
};

struct mptr {
	unsigned int id;
	const char *name;          /* "p<id>" */
	const unsigned int *idp;   /* &matrix_ids[id], another object file */
	unsigned int (*twice)(unsigned int);
};

/* matrix_ids[id] == id for every tptr entry (defined in defs.c). */
extern const unsigned int matrix_ids[256];
unsigned int matrix_twice(unsigned int x);

#ifdef __cplusplus
}
#endif

LINKTABLE_DECLARE(struct m1, t1);
LINKTABLE_DECLARE(struct m3, t3);
LINKTABLE_DECLARE(struct m40, t40);
LINKTABLE_DECLARE(struct m64, t64);
LINKTABLE_DECLARE(struct mptr, tptr);
/* Defined, never given an entry. */
LINKTABLE_DECLARE(struct m40, tempty);
/* A relative table: 32-bit offsets to functions. */
typedef unsigned int (*matrix_rel_fn)(void);
LINKTABLE_REL_DECLARE(matrix_rel_fn, trel);

/*
 * One entry of each table, from an entries.def line M(tu, table, level, id).
 * Positional initialisers, so the C++ translation unit can use them too.
 */
#define MATRIX_ENTRY(table, level, id) MATRIX_ENTRY_##table(level, id)
#define MATRIX_ENTRY_t1(level, id) LINKTABLE_ENTRY(t1, level, e_t1_##id) = { id };
#define MATRIX_ENTRY_t3(level, id) \
	LINKTABLE_ENTRY(t3, level, e_t3_##id) = { { id, (id) ^ 0x5a, level } };
#define MATRIX_ENTRY_t40(level, id) \
	LINKTABLE_ENTRY(t40, level, e_t40_##id) = { id, level, { (id) ^ 0xa5 } };
#define MATRIX_ENTRY_t64(level, id) LINKTABLE_ENTRY(t64, level, e_t64_##id) = { id, level };
#define MATRIX_ENTRY_tptr(level, id) \
	LINKTABLE_ENTRY(tptr, level, e_tptr_##id) = { id, "p" #id, &matrix_ids[id], matrix_twice };
#define MATRIX_ENTRY_tnull(level, id) LINKTABLE_ENTRY(tptr, level, e_tnull_##id) = { id, 0, 0, 0 };
/* C only: a function with external linkage and its relative entry. */
#define MATRIX_ENTRY_trel(level, id) \
	unsigned int matrix_rel_##id(void); \
	unsigned int matrix_rel_##id(void) \
	{ \
		return id; \
	} \
	LINKTABLE_REL_ENTRY(trel, level, matrix_rel_##id);

#endif
