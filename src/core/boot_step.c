/* SPDX-License-Identifier: MIT */
/*
 * Running one step in one phase: the decision made once per step (hard
 * dependencies, finished level, detect()), then its callback, timed.  Both
 * runners call this, so the sequential and parallel runs decide alike.
 */
#include <stdio.h>
#include <time.h>

#include "boot_internal.h"

unsigned long long boot_now_ns(const struct linktable_boot *b)
{
	struct timespec ts;
	unsigned long long now;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	now = (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
	return b ? now - b->priv->origin : now;
}

int boot_step_is_parallel(const struct linktable_boot *b, size_t id)
{
	const struct linktable_init_step *s = b->plan->steps[id];

	return (s->flags & LINKTABLE_INIT_PARALLEL_SAFE) && !(s->flags & LINKTABLE_INIT_CRITICAL) &&
	       !b->priv->level_has_probe[s->level];
}

/* The first hard dependency that has not succeeded, or -1. */
static long failed_hard_dep(const struct linktable_boot *b, size_t id)
{
	const struct linktable_plan *p = b->plan;
	size_t k, end = p->dep_start[id] + p->dep_nhard[id];

	for (k = p->dep_start[id]; k < end; k++)
		if (b->results[p->dep_id[k]].state != LINKTABLE_STEP_OK)
			return (long)p->dep_id[k];
	return -1;
}

static void skip(struct linktable_boot *b, size_t id, enum linktable_step_state why, long blocker)
{
	b->results[id].state = why;
	b->results[id].blocker = blocker;
	pthread_mutex_lock(&b->priv->lock);
	trace_skipped(b, id, boot_now_ns(b));
	pthread_mutex_unlock(&b->priv->lock);
}

/* Decides whether a pending step runs at all; returns its state. */
static enum linktable_step_state decide(struct linktable_boot *b, size_t id)
{
	const struct linktable_init_step *s = b->plan->steps[id];
	struct linktable_boot_private *pv = b->priv;
	long blocker = failed_hard_dep(b, id);

	if (blocker >= 0)
		skip(b, id, LINKTABLE_STEP_SKIPPED_DEP_FAILED, blocker);
	else if (pv->level_finished[s->level])
		skip(b, id, LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL, pv->level_finisher[s->level]);
	else if (s->detect && !s->detect(b)) {
		b->results[id].detected = 0;
		skip(b, id, LINKTABLE_STEP_SKIPPED_NOT_DETECTED, -1);
	} else {
		b->results[id].detected = 1;
		b->results[id].state = LINKTABLE_STEP_OK;
		if (s->flags & LINKTABLE_INIT_FINISH_IF_DETECTED) {
			/* Only sequential code reaches here: probe levels are
			 * never run in parallel. */
			pv->level_finished[s->level] = 1;
			pv->level_finisher[s->level] = (long)id;
			pthread_mutex_lock(&pv->lock);
			trace_probe_ends_level(b, id, boot_now_ns(b));
			pthread_mutex_unlock(&pv->lock);
		}
	}
	return b->results[id].state;
}

static void record(struct linktable_boot *b, size_t id, unsigned int phase, unsigned int thread, int rc,
		   unsigned long long start, unsigned long long end)
{
	struct linktable_step_result *r = &b->results[id];
	const struct linktable_init_step *s = b->plan->steps[id];

	if (b->nevents < b->priv->event_cap) {
		struct linktable_trace_event *e = &b->events[b->nevents++];

		e->step = id;
		e->phase = phase;
		e->result = rc;
		e->thread = thread;
		e->start_ns = start;
		e->end_ns = end;
	}
	if (!r->phases_run)
		r->start_ns = start;
	r->phases_run |= 1u << phase;
	r->end_ns = end;
	r->duration_ns += end - start;
	r->thread = thread;
	if (rc) {
		r->state = LINKTABLE_STEP_FAILED;
		r->error = rc;
		r->failed_phase = phase;
		if ((s->flags & LINKTABLE_INIT_CRITICAL) && b->stopped < 0) {
			b->stopped = (long)id;
			snprintf(b->error, sizeof(b->error),
				 "critical init step '%s' failed in %s with error %d: boot stopped", s->name,
				 linktable_boot_phase_name(b, phase), rc);
		}
	}
	trace_returned(b, id, phase, rc, start, end);
}

void boot_run_step(struct linktable_boot *b, size_t id, unsigned int phase, unsigned int thread)
{
	const struct linktable_init_step *s = b->plan->steps[id];
	struct linktable_step_result *r = &b->results[id];
	unsigned long long start, end;
	linktable_init_fn fn;
	long blocker;
	int rc;

	/* Every step is decided in the first phase run, in plan order, so a
	 * step's hard dependencies are always decided before it. */
	if (r->state == LINKTABLE_STEP_PENDING && decide(b, id) != LINKTABLE_STEP_OK)
		return;
	if (r->state != LINKTABLE_STEP_OK)
		return;
	/* A hard dependency may fail in a later phase than this step's first. */
	blocker = failed_hard_dep(b, id);
	if (blocker >= 0) {
		skip(b, id, LINKTABLE_STEP_SKIPPED_DEP_FAILED, blocker);
		return;
	}
	fn = s->phase[phase];
	if (!fn)
		return;
	pthread_mutex_lock(&b->priv->lock);
	start = boot_now_ns(b);
	trace_calling(b, id, phase, thread, start);
	pthread_mutex_unlock(&b->priv->lock);
	rc = fn(b);
	end = boot_now_ns(b);
	pthread_mutex_lock(&b->priv->lock);
	record(b, id, phase, thread, rc, start, end);
	pthread_mutex_unlock(&b->priv->lock);
}
