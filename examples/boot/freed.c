/* SPDX-License-Identifier: MIT */
/*
 * Memory the running machine will never use again, given back at run time:
 * the other subarchs' code and data as soon as the subarch is decided (before
 * the first phase), the init-only code and data once the boot is done - as
 * Linux frees __init memory after boot.  Then the freed / skipped summary.
 *
 * Each boot runs in a process of its own (main.c), because a release cannot
 * be undone and the demo boots more than once.
 */
#include <stdio.h>
#include <string.h>

#include <linktable/free.h>

#include "demo.h"

/* The freeable ranges of this image (init_text, init_data, only_<s>_*). */
LINKTABLE_FREE_RANGES_DEFINE();

/* Init-only memory goes once every phase has run; recorded in the image so
 * that "linktable check" applies the same rule as the planner. */
#define DEMO_RELEASE_PHASE (LINKTABLE_PHASE_LATE + 1)
LINKTABLE_INIT_RELEASE_PHASE(DEMO_RELEASE_PHASE);

static struct linktable_free_report other_report, init_report;
static int other_done, init_done;

/* Name of the planned step of @boot with a callback in another subarch's
 * memory, or NULL.  Released before the first phase, such a callback would
 * fault when called. */
static const char *step_in_other_subarch_memory(const struct linktable_boot *boot)
{
	size_t i;
	unsigned int p;

	for (i = 0; i < boot->plan->nsteps; i++) {
		const struct linktable_init_step *s = boot->plan->steps[i];

		if (boot->results[i].state == LINKTABLE_STEP_SKIPPED_UNSUPPORTED)
			continue;
		if (s->detect && linktable_free_in_other_subarch_memory((const void *)s->detect, boot->subarch))
			return s->name;
		for (p = 0; p < LINKTABLE_MAX_PHASES; p++)
			if (s->phase[p] &&
			    linktable_free_in_other_subarch_memory((const void *)s->phase[p], boot->subarch))
				return s->name;
	}
	return NULL;
}

static void before_phase(struct linktable_boot *boot, unsigned int phase)
{
	const char *bad;

	if (phase != LINKTABLE_PHASE_EARLY || other_done || !boot->plan)
		return;
	other_done = 1;
	bad = step_in_other_subarch_memory(boot);
	if (bad) {
		fprintf(stderr, "linktable-demo: step '%s' runs on subarch %s but has code in another subarch's memory: nothing released\n",
			bad, linktable_subarch_name(boot->subarch));
		other_report.error = "a planned step has code in another subarch's memory";
		return;
	}
	linktable_free_other_subarchs(LINKTABLE_FREE_SET, boot->subarch, linktable_posix_env(), &other_report);
}

void demo_release_setup(struct linktable_boot_config *cfg)
{
	/* Init-only memory goes once every phase has run: a step with a
	 * callback for a later phase there is refused by the planner. */
	cfg->release_phase = DEMO_RELEASE_PHASE;
	cfg->is_released = linktable_free_in_init_memory;
	cfg->before_phase = before_phase;
}

void demo_free_init_memory(void)
{
	if (init_done)
		return;
	init_done = 1;
	linktable_free_init(LINKTABLE_FREE_SET, linktable_posix_env(), &init_report);
}

static void print_report(FILE *out, const struct linktable_free_report *r)
{
	char buf[2048];
	const char *line = buf, *nl;

	linktable_free_format(r, buf, sizeof(buf));
	for (; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl) {
			fprintf(out, "  %s\n", line);
			break;
		}
		fprintf(out, "  %.*s\n", (int)(nl - line), line);
	}
}

void demo_report_freed(FILE *out, const struct linktable_boot *boot)
{
	size_t i, n = 0;

	fprintf(out, "freed:\n");
	if (other_done)
		print_report(out, &other_report);
	if (init_done)
		print_report(out, &init_report);
	if (!other_done && !init_done)
		fprintf(out, "  (nothing: the boot stopped before any release)\n");
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
