/* SPDX-License-Identifier: MIT */
/*
 * The planner's messages: collected errors, phase names, subarch sets as
 * words.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

static const char *const seed_phase_names[] = { "early_init", "setup_arch", "late_init" };

void plan_error(struct linktable_plan *plan, const char *fmt, ...)
{
	char **grown, *msg = NULL;
	va_list ap;

	plan->nerrors++;
	if (plan->nerrors > LINKTABLE_PLAN_MAX_MESSAGES)
		return; /* counted, not kept: a broken 1M-step table must not eat memory */
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	grown = realloc(plan->errors, plan->nerrors * sizeof(*grown));
	if (!grown || !msg) {
		free(msg);
		if (grown)
			plan->errors = grown;
		plan->nerrors--; /* out of memory: the error is lost with the message */
		return;
	}
	plan->errors = grown;
	plan->errors[plan->nerrors - 1] = msg;
}

const char *plan_phase_name(const struct linktable_plan *plan, unsigned int phase)
{
	/* Constant, so threads tracing at once need no lock. */
	static const char *const generic[LINKTABLE_MAX_PHASES] = {
		"phase0", "phase1", "phase2", "phase3", "phase4", "phase5", "phase6", "phase7",
	};

	if (plan->phase_names && phase < plan->nphases && plan->phase_names[phase])
		return plan->phase_names[phase];
	if (!plan->phase_names && phase < 3)
		return seed_phase_names[phase];
	return phase < LINKTABLE_MAX_PHASES ? generic[phase] : "phase?";
}

/* Appends the names of the subarchs in @mask, comma-separated. */
static size_t append_names(linktable_subarch_mask_t mask, char *buf, size_t size, size_t used)
{
	unsigned int s;

	for (s = 0; s < LINKTABLE_SUBARCH_MAX && used + 1 < size; s++) {
		const char *name = linktable_subarch_name(s);
		int n;

		if (!(mask & (1u << s)))
			continue;
		if (name)
			n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
		else
			n = snprintf(buf + used, size - used, "%ssubarch%u", used ? ", " : "", s);
		if (n < 0)
			break;
		used += (size_t)n;
	}
	return used;
}

const char *plan_mask_names(linktable_subarch_mask_t mask, char *buf, size_t size)
{
	buf[0] = 0;
	if (mask == LINKTABLE_SUBARCHS_ALL) {
		snprintf(buf, size, "all");
	} else if (__builtin_popcount(mask) > LINKTABLE_SUBARCH_MAX / 2) {
		/* LINKTABLE_SUBARCHS_EXCEPT(): say what is left out */
		int n = snprintf(buf, size, "all except ");

		if (n > 0 && (size_t)n < size)
			append_names(~mask, buf + n, size - (size_t)n, 0);
	} else {
		append_names(mask, buf, size, 0);
	}
	return buf;
}
