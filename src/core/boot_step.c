/* SPDX-License-Identifier: MIT */
/*
 * Running one step in one phase: the decision made once per step (hard
 * dependencies, finished level, detect()), then its callback, timed.  Both
 * runners call this, so the sequential and parallel runs decide alike.
 */
#include "boot_internal.h"

unsigned long long linktable__boot_now(const struct linktable_boot *b)
{
	const struct linktable_env *env = b->priv->env;

	return env->clock_ns ? env->clock_ns(env->ctx) - b->priv->origin : 0;
}

void linktable__boot_lock(const struct linktable_boot *b)
{
	if (b->priv->env->lock)
		b->priv->env->lock(b->priv->env->ctx);
}

void linktable__boot_unlock(const struct linktable_boot *b)
{
	if (b->priv->env->unlock)
		b->priv->env->unlock(b->priv->env->ctx);
}

/* The first hard dependency that has not succeeded, or -1. */
static long failed_hard_dep(const struct linktable_boot *b, linktable__size_t id)
{
	const struct linktable_plan *p = b->plan;
	linktable__size_t k, end = p->dep_start[id] + p->dep_nhard[id];

	for (k = p->dep_start[id]; k < end; k++)
		if (b->results[p->dep_id[k]].state != LINKTABLE_STEP_OK)
			return (long)p->dep_id[k];
	return -1;
}

static void skip(struct linktable_boot *b, linktable__size_t id, enum linktable_step_state why, long blocker)
{
	b->results[id].state = why;
	b->results[id].blocker = blocker;
	linktable__boot_lock(b);
	linktable__trace_skipped(b, id, linktable__boot_now(b));
	linktable__boot_unlock(b);
}

/* Decides whether a pending step runs at all; returns its state. */
static enum linktable_step_state decide(struct linktable_boot *b, linktable__size_t id)
{
	const struct linktable_init_step *s = b->plan->steps[id];
	struct linktable_boot_private *pv = b->priv;
	long blocker = failed_hard_dep(b, id);
	int answer;

	if (blocker >= 0)
		skip(b, id, LINKTABLE_STEP_SKIPPED_DEP_FAILED, blocker);
	else if (pv->level_finished[s->level])
		skip(b, id, LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL, pv->level_finisher[s->level]);
	else if (s->detect && (answer = s->detect(b, s)) <= 0) {
		/* > 0 detected; 0 not here; < 0 an errno-style "no" (-ENODEV)
		 * that is kept: never "detected" by accident. */
		b->results[id].detected = 0;
		b->results[id].error = answer;
		skip(b, id, LINKTABLE_STEP_SKIPPED_NOT_DETECTED, -1);
	} else {
		b->results[id].detected = 1;
		b->results[id].state = LINKTABLE_STEP_OK;
		if (s->flags & LINKTABLE_INIT_FINISH_IF_DETECTED) {
			/* Only sequential code reaches here: probe levels are
			 * never run in parallel. */
			pv->level_finished[s->level] = 1;
			pv->level_finisher[s->level] = (long)id;
			linktable__boot_lock(b);
			linktable__trace_probe_ends_level(b, id, linktable__boot_now(b));
			linktable__boot_unlock(b);
		}
	}
	return b->results[id].state;
}

static void record(struct linktable_boot *b, linktable__size_t id, unsigned int phase, unsigned int thread, int rc,
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
			linktable_format(b->error, sizeof(b->error),
					 "critical init step '%s' failed in %s with error %d: boot stopped", s->name,
					 linktable_boot_phase_name(b, phase), rc);
		}
	}
	linktable__trace_returned(b, id, phase, rc, start, end);
}

void linktable__boot_run_step(struct linktable_boot *b, linktable__size_t id, unsigned int phase,
			      unsigned int thread)
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
	linktable__boot_lock(b);
	start = linktable__boot_now(b);
	linktable__trace_calling(b, id, phase, thread, start);
	linktable__boot_unlock(b);
	rc = fn(b, s);
	end = linktable__boot_now(b);
	linktable__boot_lock(b);
	record(b, id, phase, thread, rc, start, end);
	linktable__boot_unlock(b);
}
