/* SPDX-License-Identifier: MIT */
/* Entries of translation unit c (linked last), defined out of level order
 * on purpose; see tables_test.h. */
#include "tables_test.h"

ALL_TABLES_ENTRY(99, 3);
ALL_TABLES_ENTRY_NO_FN(5, 3);
ALL_TABLES_ENTRY(10, 3);
ALL_TABLES_ENTRY(1, 3);
