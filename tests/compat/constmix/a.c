/* SPDX-License-Identifier: MIT */
#include "constmix.h"

/* Level 01: const here, writable and const in b.c. */
static const struct setting s_a1 __setting(01, a1) = { 100, "a1" };
/* Level 02: writable only. */
struct setting s_a2 __setting(02, a2) = { 200, "a2" };
/* Level 04: const only, two files. */
const struct setting s_a4 __setting(04, a4) = { 400, "a4" };

static const struct num n_a1 __table_entry(NUMS, 01) = { 100 };
struct num n_a2 __table_entry(NUMS, 02) = { 200 };
static const struct num n_a4 __table_entry(NUMS, 4) = { 400 };

static const struct arr r_a5 LINKTABLE_ARRAY_ATTR(arrs, 05) = { 500, 0 };
LINKTABLE_ARRAY_ENTRY(arrs, 7, r_a7) = { 700, 0 };

/* Keeps the file's static entries referenced from somewhere. */
const void *constmix_a_refs[] = { &s_a1, &n_a1, &n_a4, &r_a5, &r_a7 };
