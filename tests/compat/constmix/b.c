/* SPDX-License-Identifier: MIT */
#include "constmix.h"

const struct setting hostname_setting __setting(01, hostname) = { 101, "hostname" };
static const struct setting s_b3 __setting(03, b3) = { 300, "b3" };
const struct setting s_b4 __setting(04, b4) = { 401, "b4" };

static const struct num n_b3 __table_entry(NUMS, 03) = { 300 };
const struct num n_b4 __table_entry(NUMS, 04) = { 401 };

static CONSTMIX_SAME_LEVEL_CONST struct arr r_b5 LINKTABLE_ARRAY_ATTR(arrs, 05) = { 501, 0 };
static const struct arr r_b9 LINKTABLE_ARRAY_ATTR(arrs, 9) = { 900, 0 };

const void *constmix_b_refs[] = { &s_b3, &n_b3, &r_b5, &r_b9 };
