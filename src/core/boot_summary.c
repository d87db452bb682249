/* SPDX-License-Identifier: MIT */
/*
 * Counting outcomes, and the critical path: what an unlimited number of
 * threads could at best achieve with the measured callback durations.
 */
#include "boot_internal.h"

int linktable__boot_step_is_parallel(const struct linktable_boot *b, linktable__size_t id)
{
	const struct linktable_init_step *s = b->plan->steps[id];

	return (s->flags & LINKTABLE_INIT_PARALLEL_SAFE) && !(s->flags & LINKTABLE_INIT_CRITICAL) &&
	       !b->priv->level_has_probe[s->level];
}

/* Longest chain of one phase: a parallel-eligible step starts when its
 * dependencies and the last barrier are done; any other step is a barrier
 * and starts when everything before it is done. */
static unsigned long long phase_critical_path(const struct linktable_boot *b, unsigned int phase,
					      unsigned long long *dur, unsigned long long *fin)
{
	const struct linktable_plan *p = b->plan;
	unsigned long long barrier = 0, all = 0;
	linktable__size_t i, k;

	memset(dur, 0, p->nsteps * sizeof(*dur));
	for (i = 0; i < b->nevents; i++)
		if (b->events[i].phase == phase)
			dur[b->events[i].step] = b->events[i].end_ns - b->events[i].start_ns;
	for (i = 0; i < p->norder; i++) {
		linktable__size_t id = p->order[i];
		unsigned long long start = barrier;
		int parallel = linktable__boot_step_is_parallel(b, id);

		if (parallel) {
			for (k = p->dep_start[id]; k < p->dep_start[id + 1]; k++)
				if (!p->dropped[p->dep_id[k]] && fin[p->dep_id[k]] > start)
					start = fin[p->dep_id[k]];
		} else {
			start = all;
		}
		fin[id] = start + dur[id];
		if (!parallel)
			barrier = fin[id];
		if (fin[id] > all)
			all = fin[id];
	}
	return all;
}

void linktable_boot_summarize(const struct linktable_boot *b, struct linktable_boot_summary *sum)
{
	linktable__size_t i;
	unsigned int phase;

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
		for (phase = 0; phase < b->config.nphases; phase++)
			sum->critical_path_ns += phase_critical_path(b, phase, b->priv->dur, b->priv->fin);
}
