/* SPDX-License-Identifier: MIT */
/* Entries of translation unit b (linked second); see tables_test.h. */
#include "tables_test.h"

ALL_TABLES_ENTRY(5, 2);
ALL_TABLES_ENTRY_NO_FN(7, 2);
ALL_TABLES_ENTRY(42, 2);
ALL_TABLES_ENTRY(60, 2);
