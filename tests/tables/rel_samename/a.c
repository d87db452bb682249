/* SPDX-License-Identifier: MIT */
/* tests/tables/rel_samename/a.c - a static function named as b.c's own,
 * registered by this file in two levels and in a second table (one file
 * naming one function several times is always allowed). */
#include "rel_samename.h"

int hits_a;

static __attribute__((used)) void setup(void)
{
	hits_a += 1;
}
LINKTABLE_REL_ENTRY(samename_hooks, 10, setup);
LINKTABLE_REL_ENTRY(samename_hooks, 20, setup);
LINKTABLE_REL_ENTRY(samename_other, 10, setup);
