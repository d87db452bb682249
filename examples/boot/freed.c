/* SPDX-License-Identifier: MIT */
/*
 * The freed / skipped summary printed after each boot.
 *
 * >>> FREEING HOOK: the init-only-memory part replaces demo_report_freed()
 * >>> to release init_text/init_data and other subarchs' only_<subarch>_*
 * >>> ranges and print what it freed.  Until then nothing is freed.
 */
#include "demo.h"

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
