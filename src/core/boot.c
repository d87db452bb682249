/* SPDX-License-Identifier: MIT */
/*
 * The common boot path of the core: decide the subarch once, plan, run the
 * phases in order, then account for every step - in storage the caller
 * provides, with the program's hooks for output, time and locking.
 */
#include "boot_internal.h"
#include "plan_internal.h"
#include "subarch_internal.h"

#define PRIV_BYTES 2048u
LTX_STATIC_ASSERT(sizeof(struct linktable_boot_private) <= PRIV_BYTES,
		  "linktable: LTX_BOOT_BYTES() must cover the boot's private state");

static const struct linktable_env silent_env;

static unsigned int nphases_of(const struct linktable_boot_config *cfg)
{
	return cfg && cfg->nphases ? cfg->nphases : LINKTABLE_DEFAULT_PHASES;
}

static void plan_options(const struct linktable_boot_config *cfg, struct linktable_plan_options *po)
{
	memset(po, 0, sizeof(*po));
	po->nphases = nphases_of(cfg);
	if (cfg) {
		po->phase_names = cfg->phase_names;
		po->release_phase = cfg->release_phase;
		po->is_released = cfg->is_released;
	}
}

/* Everything but the plan: private state, results, events, critical path. */
static linktable__size_t extra_bytes(linktable__size_t n, const struct linktable_boot_config *cfg)
{
	return LTX_BOOT_BYTES(n, (linktable__size_t)nphases_of(cfg));
}

linktable__size_t linktable_boot_bytes(linktable__size_t n, linktable__size_t e,
				       const struct linktable_boot_config *cfg)
{
	struct linktable_plan_options po;

	plan_options(cfg, &po);
	return linktable_plan_bytes(n, e, &po) + extra_bytes(n, cfg);
}

linktable__size_t linktable_boot_table_bytes(const struct linktable_bounds *table,
					     const struct linktable_boot_config *cfg)
{
	struct linktable_plan_options po;
	const struct linktable_init_step *s;
	linktable__size_t n = 0;

	plan_options(cfg, &po);
	LINKTABLE_FOREACH_IN(s, init_steps, table)
		n++;
	return linktable_plan_table_bytes(table, &po) + extra_bytes(n, cfg);
}

static void refuse(struct linktable_boot *b, const char *why)
{
	b->priv->refused = 1;
	linktable_format(b->error, sizeof(b->error), "%.500s", why);
	linktable_env_printf(b->priv->env, "linktable: boot refused: %s\n", why);
}

/* Sets up everything but the plan; the plan's storage follows the boot's.
 * Returns the plan storage, or NULL when @bytes is too small. */
static char *prepare(struct linktable_boot *b, void *storage, linktable__size_t bytes, linktable__size_t n,
		     linktable__size_t e, const struct linktable_boot_config *cfg)
{
	char *cur = storage;
	linktable__size_t need = linktable_boot_bytes(n, e, cfg), events;

	memset(b, 0, sizeof(*b));
	if (cfg)
		b->config = *cfg;
	b->config.nphases = nphases_of(cfg);
	b->user = b->config.user;
	b->stopped = -1;
	if (!storage || ((linktable__uintptr_t)storage & 15) || bytes < need) {
		linktable_format(b->error, sizeof(b->error),
				 "boot storage too small or misaligned: %zu bytes at %p, need %zu (16-byte aligned)",
				 bytes, storage, need);
		if (cfg && cfg->env)
			linktable_env_printf(cfg->env, "linktable: boot refused: %s\n", b->error);
		return (char *)0;
	}
	memset(storage, 0, extra_bytes(n, cfg));
	b->priv = (struct linktable_boot_private *)cur;
	cur += LTX_PLAN_ALIGN(PRIV_BYTES);
	b->results = (struct linktable_step_result *)cur;
	cur += LTX_PLAN_ALIGN(n * sizeof(*b->results));
	events = n * b->config.nphases;
	b->events = (struct linktable_trace_event *)cur;
	cur += LTX_PLAN_ALIGN(events * sizeof(*b->events));
	b->priv->dur = (unsigned long long *)cur;
	cur += LTX_PLAN_ALIGN(n * 8u);
	b->priv->fin = (unsigned long long *)cur;
	cur += LTX_PLAN_ALIGN(n * 8u);
	b->priv->env = b->config.env ? b->config.env : &silent_env;
	b->priv->origin = b->priv->env->clock_ns ? b->priv->env->clock_ns(b->priv->env->ctx) : 0;
	return cur;
}

/* Decides the subarch (or takes the program's decision); 0 or -1. */
static int decide_subarch(struct linktable_boot *b)
{
	struct linktable_subarch_detect_options det;

	if (b->config.decided) {
		b->decision = *b->config.decided;
	} else {
		memset(&det, 0, sizeof(det));
		if (b->config.detect)
			det = *b->config.detect;
		if (b->config.subarch)
			det.subarch = b->config.subarch;
		if (linktable_subarch_decide(&det, &b->decision) < 0) {
			refuse(b, b->decision.reason);
			return -1;
		}
	}
	b->subarch = b->decision.subarch;
	linktable__trace_opening(b);
	return 0;
}

/* After planning: results, probes, the unsupported steps in the trace. */
static int planned(struct linktable_boot *b, long errors)
{
	struct linktable_plan *p = b->plan;
	linktable__size_t i;
	char text[1024];

	if (errors < 0) {
		refuse(b, "the plan's storage is too small");
		return -1;
	}
	b->priv->event_cap = p->norder * b->config.nphases;
	for (i = 0; i < p->nsteps; i++) {
		const struct linktable_init_step *s = p->steps[i];

		b->results[i].blocker = -1;
		b->results[i].detected = -1;
		if (p->dropped[i])
			b->results[i].state = LINKTABLE_STEP_SKIPPED_UNSUPPORTED;
		if (s && (s->flags & LINKTABLE_INIT_FINISH_IF_DETECTED) && s->level < LINKTABLE_LEVELS)
			b->priv->level_has_probe[s->level] = 1;
	}
	if (errors) {
		linktable_plan_error_print(p, 0, text, sizeof(text));
		linktable_format(b->error, sizeof(b->error), "the init plan has %ld error%s; first: %.400s", errors,
				 errors == 1 ? "" : "s", text);
		b->priv->refused = 1;
		for (i = 0; i < p->errors_kept; i++) {
			linktable_plan_error_print(p, i, text, sizeof(text));
			linktable_env_printf(b->priv->env, "%s\n", text);
		}
		linktable_env_printf(b->priv->env, "linktable: boot refused: %ld plan error%s, no step ran\n", errors,
				     errors == 1 ? "" : "s");
		return -1;
	}
	if (linktable__boot_refuse_unsupported(b))
		return -1;
	if (p->prebuilt == LINKTABLE_PLAN_PREBUILT_INVALID)
		linktable_env_printf(b->priv->env,
				     "linktable: the build-time plan is damaged (%s): refused, planned at run time\n",
				     p->prebuilt_problem);
	else if (linktable_init_prebuilt && p->prebuilt != LINKTABLE_PLAN_PREBUILT_SEALED &&
		 linktable__plan_prebuilt_seal(linktable_init_prebuilt))
		linktable_env_printf(b->priv->env,
				     "linktable: the build-time plan's seal %llx is wrong for this image: "
				     "checking its fingerprint instead\n",
				     linktable__plan_prebuilt_seal(linktable_init_prebuilt));
	if (p->prebuilt > 0)
		linktable_env_printf(b->priv->env, "linktable: plan built at link time (fingerprint %llx, %s)\n",
				     p->fingerprint,
				     p->prebuilt == LINKTABLE_PLAN_PREBUILT_SEALED ? "sealed: nothing hashed"
										  : "unsealed: checked at boot");
	else if (p->prebuilt == -1)
		linktable_env_printf(b->priv->env,
				     "linktable: the build-time plan (fingerprint %llx) does not match the init table "
				     "(fingerprint %llx): planned at run time\n",
				     linktable_init_prebuilt ? linktable_init_prebuilt->fingerprint : 0ull, p->fingerprint);
	for (i = 0; i < p->nsteps; i++)
		if (p->dropped[i])
			linktable__trace_skipped(b, i, linktable__boot_now(b));
	return 0;
}

/* Everything before planning: storage, phase count, the subarch decision.
 * Returns the plan's storage and its size, or NULL when refused. */
static char *open_boot(struct linktable_boot *b, void *storage, linktable__size_t bytes, linktable__size_t n,
		       linktable__size_t e, const struct linktable_boot_config *cfg, linktable__size_t *room)
{
	char *plan_storage = prepare(b, storage, bytes, n, e, cfg);

	if (!plan_storage)
		return (char *)0;
	if (b->config.nphases > LINKTABLE_MAX_PHASES) {
		refuse(b, "too many phases (at most 8)");
		return (char *)0;
	}
	if (decide_subarch(b) < 0)
		return (char *)0;
	b->plan = &b->plan_data;
	*room = bytes - (linktable__size_t)(plan_storage - (char *)storage);
	return plan_storage;
}

int linktable_boot_start_steps(struct linktable_boot *b, void *storage, linktable__size_t bytes,
			       const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg)
{
	struct linktable_plan_options po;
	linktable__size_t e = 0, i, room;
	char *plan_storage;

	for (i = 0; i < n; i++)
		e += linktable__step_dep_count(steps[i]);
	plan_storage = open_boot(b, storage, bytes, n, e, cfg, &room);
	if (!plan_storage)
		return -1;
	plan_options(&b->config, &po);
	return planned(b, linktable_plan_make(b->plan, plan_storage, room, steps, n, b->subarch, &po));
}

int linktable_boot_start(struct linktable_boot *b, void *storage, linktable__size_t bytes,
			 const struct linktable_bounds *table, const struct linktable_boot_config *cfg)
{
	const struct linktable_init_step *s;
	struct linktable_plan_options po;
	linktable__size_t n = 0, e = 0, room;
	char *plan_storage;

	LINKTABLE_FOREACH_IN(s, init_steps, table) {
		n++;
		e += linktable__step_dep_count(s);
	}
	plan_storage = open_boot(b, storage, bytes, n, e, cfg, &room);
	if (!plan_storage)
		return -1;
	plan_options(&b->config, &po);
	return planned(b, linktable_plan_make_table(b->plan, plan_storage, room, table, b->subarch, &po));
}

int linktable_boot_run_phase(struct linktable_boot *b, unsigned int phase)
{
	struct linktable_boot_private *pv = b->priv;
	linktable__size_t i;

	if (!pv || pv->refused || b->stopped >= 0)
		return -1;
	if (phase >= b->config.nphases || phase < pv->next_phase) {
		linktable_format(b->error, sizeof(b->error),
				 "phase %u cannot run now (phases run once, ascending, below %u)", phase,
				 b->config.nphases);
		return -1;
	}
	if (b->config.before_phase)
		b->config.before_phase(b, phase);
	if (!pv->phases_started) {
		pv->phases_started = 1;
		pv->wall_start = linktable__boot_now(b);
	}
	b->phase = phase;
	if (pv->run_phase)
		pv->run_phase(b, phase);
	else
		for (i = 0; i < b->plan->norder && b->stopped < 0; i++)
			linktable__boot_run_step(b, b->plan->order[i], phase, 0);
	pv->next_phase = phase + 1;
	pv->wall_end = linktable__boot_now(b);
	if (b->stopped >= 0) {
		linktable_env_printf(pv->env, "linktable: %s\n", b->error);
		return -1;
	}
	return 0;
}

/* A step that was to run but did not reach every phase it has a callback
 * for, because a critical step stopped the boot. */
static int missed_phases(const struct linktable_boot *b, linktable__size_t id)
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

int linktable_boot_close(struct linktable_boot *b, struct linktable_boot_summary *sum)
{
	struct linktable_boot_summary local;
	linktable__size_t i;

	if (!sum)
		sum = &local;
	if (!b->priv) {
		memset(sum, 0, sizeof(*sum));
		return -1;
	}
	if (!b->priv->refused)
		for (i = 0; i < b->plan->nsteps; i++)
			if (b->results[i].state == LINKTABLE_STEP_PENDING || missed_phases(b, i))
				b->results[i].state = LINKTABLE_STEP_NOT_RUN;
	linktable_boot_summarize(b, sum);
	if (!b->priv->refused)
		linktable__trace_summary(b, sum);
	return b->priv->refused || b->stopped >= 0 ? -1 : 0;
}

int linktable_boot_execute(struct linktable_boot *b, void *storage, linktable__size_t bytes,
			   const struct linktable_bounds *table, const struct linktable_boot_config *cfg)
{
	unsigned int p;
	int r = linktable_boot_start(b, storage, bytes, table, cfg);

	for (p = 0; r == 0 && p < b->config.nphases; p++)
		r = linktable_boot_run_phase(b, p);
	return linktable_boot_close(b, (struct linktable_boot_summary *)0) ? -1 : r;
}
