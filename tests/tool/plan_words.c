/* SPDX-License-Identifier: MIT */
/*
 * Linked with a fixture (its main renamed): plans the image's init table
 * at run time with liblinktable, the way a boot does, and prints each
 * error as "linktable check" does - "FILE:LINE: error: MESSAGE [rule]".  same-words.sh
 * compares the two.  Argument: the release phase the fixture records, if
 * any (its callbacks in init memory after it are refused).
 */
#include <stdio.h>
#include <stdlib.h>

#include <linktable/plan.h>

/* Defined by LINKTABLE_FREE_RANGES_DEFINE() when the fixture has ranges. */
extern int linktable_free_in_init_memory(const void *addr) __attribute__((weak));

int main(int argc, char **argv)
{
	struct linktable_plan_options o = { 0 };
	struct linktable_plan *p;
	char text[2048];
	long r;

	o.nphases = LINKTABLE_MAX_PHASES; /* as the tool: it cannot know the phase set */
	o.max_errors = 100000;
	if (argc > 1 && linktable_free_in_init_memory) {
		o.release_phase = (unsigned int)atoi(argv[1]);
		o.is_released = linktable_free_in_init_memory;
	}
	r = linktable_plan_build_table(&linktable_bounds_init_steps, LINKTABLE_SUBARCH_PC, &o, &p);
	if (r < 0)
		return 2;
	for (size_t i = 0; i < p->errors_kept; i++) {
		linktable_plan_error_print(p, i, text, sizeof(text));
		printf("%s\n", text);
	}
	linktable_plan_free(p);
	return 0;
}
