/* SPDX-License-Identifier: MIT */
/*
 * tests/macho/main.c - defines the tables and walks each one both ways,
 * with COUNT and EMPTY, from the image's entry point "start" (no libc, no
 * SDK): the walks must compile and link; check.py reads the image.
 */
#include "macho_test.h"

LINKTABLE_DEFINE(struct op, ops);
LINKTABLE_DEFINE(struct wide, a_table_with_a_long_name);
LINKTABLE_DEFINE(struct op, nothing);
LINKTABLE_REL_DEFINE(call_fn, calls);

/* What the walks saw, kept so that they are not optimised away. */
unsigned long linktable_test_sum;

void start(void) __asm__("start");
void start(void)
{
	const struct op *o;
	const struct wide *w;
	call_fn f;
	unsigned long sum = LINKTABLE_COUNT(ops) + LINKTABLE_COUNT(a_table_with_a_long_name) * 100 +
			    LINKTABLE_REL_COUNT(calls) * 10000 + (LINKTABLE_EMPTY(nothing) ? 1000000 : 0);

	LINKTABLE_FOREACH(o, ops)
		sum = sum * 31 + o->id + (o->run ? (unsigned long)o->run(1) : 0);
	LINKTABLE_FOREACH_REVERSE(o, ops)
		sum = sum * 37 + o->id;
	LINKTABLE_FOREACH(w, a_table_with_a_long_name)
		sum = sum * 41 + w->id + w->w[1];
	LINKTABLE_FOREACH_REVERSE(w, a_table_with_a_long_name)
		sum = sum * 43 + w->id;
	LINKTABLE_FOREACH(o, nothing)
		sum = 0;
	LINKTABLE_REL_FOREACH(f, calls)
		sum = sum * 47 + (unsigned long)f();
	LINKTABLE_REL_FOREACH_REVERSE(f, calls)
		sum = sum * 53 + (unsigned long)f();
	linktable_test_sum = sum;
	for (;;)
		__asm__ volatile("");
}
