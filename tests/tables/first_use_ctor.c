/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/first_use_ctor.c - a constructor in another file than the
 * table's definition walks the table before main(): with no start-up work
 * behind the walk, constructor order cannot matter.  The entries of level
 * 0 live here, the rest in test_first_use.c.
 */
#include "first_use.h"

LINKTABLE_ENTRY(fu_ctor, 0, fu_ctor_0) = { 1 };
LINKTABLE_ENTRY(fu_race, 0, fu_race_0) = { 1 };

struct fu_seen fu_ctor_seen;

__attribute__((constructor(101))) static void walk_early(void)
{
	const struct fu_entry *e;

	LINKTABLE_FOREACH(e, fu_ctor)
		if (fu_ctor_seen.n < 16)
			fu_ctor_seen.ids[fu_ctor_seen.n++] = e->id;
	fu_ctor_seen.count = (long)LINKTABLE_COUNT(fu_ctor);
	fu_ctor_seen.empty = LINKTABLE_EMPTY(fu_ctor);
}
