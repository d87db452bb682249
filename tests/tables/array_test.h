/* SPDX-License-Identifier: MIT */
/* tests/tables/array_test.h - the array tables of test_array.c and array_b.c. */
#ifndef LINKTABLE_TESTS_ARRAY_TEST_H
#define LINKTABLE_TESTS_ARRAY_TEST_H
#include <linktable/linktable.h>

struct arr {
	int level; /* the entry's level */
	int id;    /* unique, 1..ARR_COUNT */
};
LINKTABLE_ARRAY_DECLARE(struct arr, arrs);
#define ARR_COUNT 8

/* 64 bytes, 64-aligned: above max_align_t. */
struct wide64 {
	_Alignas(64) char bytes[64];
};
LINKTABLE_ARRAY_DECLARE(struct wide64, wides);

LINKTABLE_ARRAY_DECLARE(struct arr, none);
extern struct arr b42;

/* Tables whose names sort in another order: numeric
 * (linktable_name_cmp_numeric()), and the program's own (by length). */
LINKTABLE_ARRAY_DECLARE(struct arr, nums);
LINKTABLE_ARRAY_DECLARE(struct arr, bylen);
int name_cmp_by_length(const char *a, const char *b);
extern struct arr l_ccc;

typedef int (*rel_fn)(void);
LINKTABLE_REL_DECLARE(rel_fn, relfns);
int rel_one(void);
int rel_two(void);
int rel_three(void);
#endif
