/* SPDX-License-Identifier: MIT */
/* tests/tables/rel_samename/rel_samename.h - the relative tables the files
 * of tests/tables/rel_samename.sh register into. */
#ifndef REL_SAMENAME_H
#define REL_SAMENAME_H
#include <linktable/linktable.h>

typedef void (*hook_fn)(void);
LINKTABLE_REL_DECLARE(hook_fn, samename_hooks);
LINKTABLE_REL_DECLARE(hook_fn, samename_other);

extern int hits_a, hits_b;
#endif
