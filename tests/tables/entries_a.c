/* SPDX-License-Identifier: MIT */
/* Entries of translation unit a (linked first); see tables_test.h. */
#include "tables_test.h"

ALL_TABLES_ENTRY(0, 1);
ALL_TABLES_ENTRY(5, 1);
ALL_TABLES_ENTRY(99, 1);

/* A level given through a macro, written out so that LINKTABLE_ENTRY() itself
 * sees the macro name. */
#define LATE_LEVEL 42
static int run_late(struct op_log *log)
{
	return op_record(log, ENTRY_ID(LATE_LEVEL, 1));
}
LINKTABLE_ENTRY(ops, LATE_LEVEL, op_late) = { ENTRY_ID(LATE_LEVEL, 1), run_late };
LINKTABLE_ENTRY(t_sz1, LATE_LEVEL, sz1_late) = SZ1(ENTRY_ID(LATE_LEVEL, 1));
LINKTABLE_ENTRY(t_sz3, LATE_LEVEL, sz3_late) = SZ3(ENTRY_ID(LATE_LEVEL, 1));
LINKTABLE_ENTRY(t_sz40, LATE_LEVEL, sz40_late) = SZ40(ENTRY_ID(LATE_LEVEL, 1));
LINKTABLE_ENTRY(t_sz64, LATE_LEVEL, sz64_late) = SZ64(ENTRY_ID(LATE_LEVEL, 1));
