/* SPDX-License-Identifier: MIT */
/* tests/tables/rel_samename/b.c - another file's static function of the
 * name a.c uses. */
#include "rel_samename.h"

int hits_b;

static __attribute__((used)) void setup(void)
{
	hits_b += 100;
}
LINKTABLE_REL_ENTRY(samename_hooks, 30, setup);
