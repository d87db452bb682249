/* SPDX-License-Identifier: MIT */
/*
 * Counting outcomes, and the critical path: what an unlimited number of
 * threads could at best achieve with the measured callback durations.
 */
#include <stdlib.h>
#include <string.h>

#include "boot_internal.h"

/* Longest chain of one phase: a parallel-eligible step starts when its
 * dependencies and the last barrier are done; any other step is a barrier
 * and starts when everything before it is done. */
static unsigned long long phase_critical_path(const struct linktable_boot *b, unsigned int phase,
					      unsigned long long *dur, unsigned long long *fin)
{
	const struct linktable_plan *p = b->plan;
	unsigned long long barrier = 0, all = 0;
	size_t i, k;

	memset(dur, 0, p->nsteps * sizeof(*dur));
	for (i = 0; i < b->nevents; i++)
		if (b->events[i].phase == phase)
			dur[b->events[i].step] = b->events[i].end_ns - b->events[i].start_ns;
	for (i = 0; i < p->norder; i++) {
		size_t id = p->order[i];
		unsigned long long start = barrier;

		if (boot_step_is_parallel(b, id)) {
			for (k = p->dep_start[id]; k < p->dep_start[id + 1]; k++)
				if (!p->dropped[p->dep_id[k]] && fin[p->dep_id[k]] > start)
					start = fin[p->dep_id[k]];
		} else {
			start = all;
		}
		fin[id] = start + dur[id];
		if (!boot_step_is_parallel(b, id))
			barrier = fin[id];
		if (fin[id] > all)
			all = fin[id];
	}
	return all;
}

static unsigned long long critical_path(const struct linktable_boot *b)
{
	size_t n = b->plan->nsteps;
	unsigned long long *dur = calloc(n ? n : 1, sizeof(*dur));
	unsigned long long *fin = calloc(n ? n : 1, sizeof(*fin));
	unsigned long long total = 0;
	unsigned int phase;

	if (dur && fin)
		for (phase = 0; phase < b->config.nphases; phase++)
			total += phase_critical_path(b, phase, dur, fin);
	free(dur);
	free(fin);
	return total;
}

void linktable_boot_summarize(const struct linktable_boot *b, struct linktable_boot_summary *sum)
{
	size_t i;

	memset(sum, 0, sizeof(*sum));
	if (!b->plan || !b->results)
		return;
	for (i = 0; i < b->plan->nsteps; i++) {
		switch (b->results[i].state) {
		case LINKTABLE_STEP_OK:
			sum->ok++;
			break;
		case LINKTABLE_STEP_FAILED:
			sum->failed++;
			break;
		case LINKTABLE_STEP_SKIPPED_UNSUPPORTED:
			sum->unsupported++;
			break;
		case LINKTABLE_STEP_SKIPPED_NOT_DETECTED:
			sum->not_detected++;
			break;
		case LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL:
			sum->finished_level++;
			break;
		case LINKTABLE_STEP_SKIPPED_DEP_FAILED:
			sum->dep_failed++;
			break;
		case LINKTABLE_STEP_PENDING:
		case LINKTABLE_STEP_NOT_RUN:
			sum->not_run++;
			break;
		}
		sum->busy_ns += b->results[i].duration_ns;
	}
	if (b->priv->phases_started)
		sum->wall_ns = b->priv->wall_end - b->priv->wall_start;
	if (!b->priv->refused)
		sum->critical_path_ns = critical_path(b);
}
