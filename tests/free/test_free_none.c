/* SPDX-License-Identifier: MIT */
/*
 * tests/free/test_free_none.c - a program with no annotated code or data
 * frees nothing, calls no hook, and says so.
 */
#include <linktable/free.h>
#include <linktable/subarch.h>

#include "../tap.h"

LINKTABLE_FREE_RANGES_DEFINE();

static int calls;

static int count(void *ctx, void *start, linktable__size_t len, const char *name)
{
	(void)ctx, (void)start, (void)len, (void)name;
	calls++;
	return 0;
}

int main(void)
{
	const struct linktable_env ops = { .release = count };
	struct linktable_free_report rep;
	char text[512];
	unsigned int i;
	int rc, empty = 1;

	for (i = 0; i < LINKTABLE_FREE_SET->count; i++)
		if (linktable_range_size(LINKTABLE_FREE_SET->ranges[i].range))
			empty = 0;
	ok(empty, "every range is empty");
	rc = linktable_free_init(LINKTABLE_FREE_SET, &ops, &rep);
	ok(rc == 0 && rep.released == 0 && rep.annotated == 0, "linktable_free_init() releases nothing");
	linktable_free_format(&rep, text, sizeof(text));
	is_str(text, "Freeing unused init memory: nothing to free (no annotated code or data)\n",
	       "and says so");
	rc = linktable_free_other_subarchs(LINKTABLE_FREE_SET, LINKTABLE_SUBARCH_PC, linktable_posix_env(), &rep);
	ok(rc == 0 && rep.released == 0, "linktable_free_other_subarchs() with the default release releases nothing");
	linktable_free_format(&rep, text, sizeof(text));
	is_str(text, "Freeing unused other subarchs memory: nothing to free (no annotated code or data)\n",
	       "and says so");
	is_int(calls, 0, "the release hook was never called");
	return tap_done();
}
