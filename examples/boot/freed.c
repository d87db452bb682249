/* SPDX-License-Identifier: MIT */
/*
 * The freed / skipped summary printed after each boot.
 *
 * >>> FREEING HOOKS: the init-only-memory part fills in demo_release_setup()
 * >>> (e.g. cfg->release_phase, cfg->is_released = linktable_free_in_init_memory,
 * >>> cfg->before_phase to release other subarchs' and init-only ranges) and
 * >>> demo_report_freed() (print what was freed).  Until then nothing is freed.
 */
#include "demo.h"

void demo_release_setup(struct linktable_boot_config *cfg)
{
	(void)cfg; /* nothing is released yet: the planner checks nothing */
}

void demo_report_freed(FILE *out, const struct linktable_boot *boot)
{
	size_t i, n = 0;

	fprintf(out, "freed: (none)\n");
	if (!boot->plan)
		return;
	fprintf(out, "skipped or not run:");
	for (i = 0; i < boot->plan->nsteps; i++) {
		enum linktable_step_state st = boot->results[i].state;

		if (st == LINKTABLE_STEP_OK || st == LINKTABLE_STEP_FAILED)
			continue;
		fprintf(out, "%s %s (%s)", n++ ? "," : "", boot->plan->steps[i]->name,
			linktable_step_state_name(st));
	}
	fprintf(out, "%s\n", n ? "" : " (none)");
}
