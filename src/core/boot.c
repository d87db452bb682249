/* SPDX-License-Identifier: MIT */
/*
 * The common boot path: decide the subarch once, plan, run the phases in
 * order (sequentially or in parallel), then account for every step.
 */
#include <stdlib.h>
#include <string.h>

#include "boot_internal.h"
#include "plan_internal.h"

const char *linktable_step_state_name(enum linktable_step_state state)
{
	switch (state) {
	case LINKTABLE_STEP_PENDING:
		return "pending";
	case LINKTABLE_STEP_SKIPPED_UNSUPPORTED:
		return "skipped-unsupported";
	case LINKTABLE_STEP_SKIPPED_NOT_DETECTED:
		return "skipped-not-detected";
	case LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL:
		return "skipped-finished-level";
	case LINKTABLE_STEP_SKIPPED_DEP_FAILED:
		return "skipped-dependency-failed";
	case LINKTABLE_STEP_OK:
		return "ok";
	case LINKTABLE_STEP_FAILED:
		return "failed";
	case LINKTABLE_STEP_NOT_RUN:
		return "not-run";
	}
	return "unknown";
}

const char *linktable_boot_phase_name(const struct linktable_boot *b, unsigned int phase)
{
	struct linktable_plan tmp = { 0 };

	tmp.nphases = b->config.nphases ? b->config.nphases : 3;
	tmp.phase_names = b->config.phase_names;
	return plan_phase_name(&tmp, phase);
}

static struct linktable_boot *boot_alloc(const struct linktable_boot_config *cfg)
{
	struct linktable_boot *b = calloc(1, sizeof(*b));

	if (!b)
		return NULL;
	b->priv = calloc(1, sizeof(*b->priv));
	if (!b->priv) {
		free(b);
		return NULL;
	}
	if (cfg)
		b->config = *cfg;
	if (!b->config.nphases)
		b->config.nphases = 3;
	b->user = b->config.user;
	b->stopped = -1;
	pthread_mutex_init(&b->priv->lock, NULL);
	b->priv->origin = boot_now_ns(NULL);
	return b;
}

static void refuse(struct linktable_boot *b, const char *why)
{
	FILE *f = boot_trace_file(b);

	b->priv->refused = 1;
	snprintf(b->error, sizeof(b->error), "%.500s", why);
	if (f)
		fprintf(f, "linktable: boot refused: %s\n", why);
}

int linktable_boot_begin_steps(const struct linktable_init_step *const *steps, size_t n,
			       const struct linktable_boot_config *cfg, struct linktable_boot **out)
{
	struct linktable_subarch_detect_options det = { 0 };
	struct linktable_plan_options po = { 0 };
	struct linktable_boot *b = boot_alloc(cfg);
	long errors;
	size_t i;

	*out = b;
	if (!b)
		return -1;
	if (b->config.nphases > LINKTABLE_MAX_PHASES) {
		refuse(b, "too many phases (at most 8)");
		return -1;
	}
	if (b->config.detect)
		det = *b->config.detect;
	if (b->config.subarch)
		det.subarch = b->config.subarch;
	if (linktable_subarch_detect(&det, &b->decision) < 0) {
		refuse(b, b->decision.reason);
		return -1;
	}
	b->subarch = b->decision.subarch;
	po.nphases = b->config.nphases;
	po.phase_names = b->config.phase_names;
	po.release_phase = b->config.release_phase;
	po.is_released = b->config.is_released;
	errors = linktable_plan_build(steps, n, b->subarch, &po, &b->plan);
	if (errors < 0) {
		refuse(b, "out of memory while planning");
		return -1;
	}
	b->results = calloc(n ? n : 1, sizeof(*b->results));
	b->priv->event_cap = b->plan->norder * b->config.nphases;
	b->events = calloc(b->priv->event_cap ? b->priv->event_cap : 1, sizeof(*b->events));
	b->priv->seg_pos = calloc(n ? n : 1, sizeof(size_t));
	if (!b->results || !b->events || !b->priv->seg_pos) {
		refuse(b, "out of memory");
		return -1;
	}
	for (i = 0; i < n; i++) {
		b->results[i].blocker = -1;
		b->results[i].detected = -1;
		if (b->plan->dropped[i])
			b->results[i].state = LINKTABLE_STEP_SKIPPED_UNSUPPORTED;
		if (steps[i] && (steps[i]->flags & LINKTABLE_INIT_FINISH_IF_DETECTED) &&
		    steps[i]->level < LINKTABLE_LEVELS)
			b->priv->level_has_probe[steps[i]->level] = 1;
	}
	if (errors) {
		FILE *f = boot_trace_file(b);

		snprintf(b->error, sizeof(b->error), "the init plan has %ld error%s; first: %s", errors,
			 errors == 1 ? "" : "s", b->plan->errors ? b->plan->errors[0] : "?");
		b->priv->refused = 1;
		if (f) {
			for (i = 0; i < b->plan->nerrors && i < LINKTABLE_PLAN_MAX_MESSAGES; i++)
				fprintf(f, "linktable: error: %s\n", b->plan->errors[i]);
			fprintf(f, "linktable: boot refused: %ld plan error%s, no step ran\n", errors,
				errors == 1 ? "" : "s");
		}
		return -1;
	}
	return 0;
}

int linktable_boot_begin(const struct linktable_bounds *table, const struct linktable_boot_config *cfg,
			 struct linktable_boot **out)
{
	size_t n = 0;
	const struct linktable_init_step **steps = plan_collect_table(table, &n);
	int r;

	*out = NULL;
	if (!steps)
		return -1;
	r = linktable_boot_begin_steps(steps, n, cfg, out);
	free(steps);
	return r;
}

int linktable_boot_run_phase(struct linktable_boot *b, unsigned int phase)
{
	struct linktable_boot_private *pv = b->priv;
	size_t i;

	if (pv->refused || b->stopped >= 0)
		return -1;
	if (phase >= b->config.nphases || phase < pv->next_phase) {
		snprintf(b->error, sizeof(b->error), "phase %u cannot run now (phases run once, ascending, below %u)",
			 phase, b->config.nphases);
		return -1;
	}
	if (b->config.before_phase)
		b->config.before_phase(b, phase);
	if (!pv->phases_started) {
		pv->phases_started = 1;
		pv->wall_start = boot_now_ns(b);
	}
	b->phase = phase;
	if (b->config.parallel)
		boot_run_phase_parallel(b, phase);
	else
		for (i = 0; i < b->plan->norder && b->stopped < 0; i++)
			boot_run_step(b, b->plan->order[i], phase, 0);
	pv->next_phase = phase + 1;
	pv->wall_end = boot_now_ns(b);
	if (b->stopped >= 0) {
		FILE *f = boot_trace_file(b);

		if (f)
			fprintf(f, "linktable: %s\n", b->error);
		return -1;
	}
	return 0;
}

/* A step that was to run but did not reach every phase it has a callback
 * for, because a critical step stopped the boot. */
static int missed_phases(const struct linktable_boot *b, size_t id)
{
	const struct linktable_init_step *s = b->plan->steps[id];
	unsigned int p;

	if (b->stopped < 0 || b->results[id].state != LINKTABLE_STEP_OK)
		return 0;
	for (p = 0; p < b->config.nphases; p++)
		if (s->phase[p] && !(b->results[id].phases_run & (1u << p)))
			return 1;
	return 0;
}

int linktable_boot_finish(struct linktable_boot *b, struct linktable_boot_summary *sum)
{
	struct linktable_boot_summary local;
	size_t i;

	if (!sum)
		sum = &local;
	if (!b->priv->refused)
		for (i = 0; i < b->plan->nsteps; i++)
			if (b->results[i].state == LINKTABLE_STEP_PENDING || missed_phases(b, i))
				b->results[i].state = LINKTABLE_STEP_NOT_RUN;
	linktable_boot_summarize(b, sum);
	if (!b->priv->refused)
		trace_summary(b, sum);
	if (b->config.json_file)
		linktable_boot_write_json(b, b->config.json_file);
	return b->priv->refused || b->stopped >= 0 ? -1 : 0;
}

int linktable_boot_run(const struct linktable_bounds *table, const struct linktable_boot_config *cfg,
		       struct linktable_boot **out)
{
	unsigned int p;
	int r = linktable_boot_begin(table, cfg, out);

	if (!*out)
		return -1;
	for (p = 0; r == 0 && p < (*out)->config.nphases; p++)
		r = linktable_boot_run_phase(*out, p);
	return linktable_boot_finish(*out, NULL) ? -1 : r;
}

void linktable_boot_free(struct linktable_boot *b)
{
	if (!b)
		return;
	linktable_plan_free(b->plan);
	free(b->results);
	free(b->events);
	if (b->priv) {
		free(b->priv->seg_pos);
		pthread_mutex_destroy(&b->priv->lock);
	}
	free(b->priv);
	free(b);
}
