/* SPDX-License-Identifier: MIT */
/*
 * Human-readable output through the program's write hook: the plan, and a
 * trace in the style of the kernel's initcall_debug ("calling X", "initcall
 * X returned R after N usecs"), opened by the subarch decision.
 */
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
	return linktable__phase_name(b->config.phase_names, b->config.nphases ? b->config.nphases : LINKTABLE_DEFAULT_PHASES, phase);
}

void linktable_plan_write(const struct linktable_plan *p, const struct linktable_env *env)
{
	const char *sub = linktable_subarch_name(p->subarch);
	char buf[1024];
	linktable__size_t i, k;

	if (p->nerrors) {
		linktable_env_printf(env, "plan for %s: refused, %zu error%s:\n", sub ? sub : "?", p->nerrors,
				     p->nerrors == 1 ? "" : "s");
		for (i = 0; i < p->errors_kept; i++) {
			linktable_plan_error_print(p, i, buf, sizeof(buf));
			linktable_env_printf(env, "  %s\n", buf);
		}
		if (p->nerrors > p->errors_kept)
			linktable_env_printf(env, "  ... and %zu more\n", p->nerrors - p->errors_kept);
		return;
	}
	linktable_env_printf(env, "plan for %s: %zu of %zu steps%s\n", sub ? sub : "?", p->norder, p->nsteps,
			     p->prebuilt == LINKTABLE_PLAN_PREBUILT_SEALED ? " (built at link time, sealed)"
			     : p->prebuilt > 0					? " (built at link time)"
										: "");
	for (i = 0; i < p->norder; i++) {
		linktable__size_t id = p->order[i], used = 0;
		const struct linktable_init_step *s = p->steps[id];

		linktable_flag_names(s->flags, buf, 256);
		used = linktable_format(buf + 256, sizeof(buf) - 256, "%s%s%s", buf[0] ? " [" : "", buf,
					buf[0] ? "]" : "");
		for (k = p->dep_start[id]; k < p->dep_start[id + 1] && 256 + used < sizeof(buf); k++)
			used += linktable_format(buf + 256 + used, sizeof(buf) - 256 - used, "%s%s%s",
						 k == p->dep_start[id] ? " after " : ", ", p->steps[p->dep_id[k]]->name,
						 k - p->dep_start[id] < p->dep_nhard[id]			  ? ""
						 : k - p->dep_start[id] < p->dep_nhard[id] + p->dep_nafter[id] ? " (order only)"
														 : " (soft)");
		linktable_env_printf(env, "  %3zu. level %2u  %-22s%s\n", i + 1, s->level, s->name, buf + 256);
	}
	for (i = 0; i < p->nsteps; i++)
		if (p->dropped[i])
			linktable_env_printf(env, "  skip %s: not supported on subarch %s (supports %s)\n",
					     p->steps[i]->name, sub ? sub : "?",
					     linktable__subarch_mask_names(p->steps[i]->subarchs, buf, sizeof(buf)));
}

const char *linktable__boot_skip_reason(const struct linktable_boot *b, linktable__size_t id, char *buf,
					linktable__size_t size)
{
	const struct linktable_step_result *r = &b->results[id];
	const char *sub = linktable_subarch_name(b->subarch);
	const char *blocker = r->blocker >= 0 ? b->plan->steps[r->blocker]->name : "?";
	char names[256];

	switch (r->state) {
	case LINKTABLE_STEP_SKIPPED_UNSUPPORTED:
		linktable_format(buf, size, "not supported on subarch %s (supports %s)", sub ? sub : "?",
				 linktable__subarch_mask_names(b->plan->steps[id]->subarchs, names, sizeof(names)));
		break;
	case LINKTABLE_STEP_SKIPPED_NOT_DETECTED:
		if (r->error)
			linktable_format(buf, size, "not detected (detect() returned %d)", r->error);
		else
			linktable_format(buf, size, "not detected");
		break;
	case LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL:
		linktable_format(buf, size, "level %u finished by '%s'", b->plan->steps[id]->level, blocker);
		break;
	case LINKTABLE_STEP_SKIPPED_DEP_FAILED:
		linktable_format(buf, size, "hard dependency '%s' %s", blocker,
				 b->results[r->blocker].state == LINKTABLE_STEP_FAILED ? "failed" : "did not run");
		break;
	case LINKTABLE_STEP_NOT_RUN:
		linktable_format(buf, size, "boot stopped before it");
		break;
	default:
		buf[0] = 0;
	}
	return buf;
}

/* "[    0.001234] " */
static void stamp(const struct linktable_boot *b, unsigned long long ns)
{
	unsigned long long us = ns, frac;

	linktable__divpow10(&us, 3);
	frac = linktable__divpow10(&us, 6);
	linktable_env_printf(b->priv->env, "[%5llu.%06llu] ", us, frac);
}

void linktable__trace_opening(const struct linktable_boot *b)
{
	const char *sub = linktable_subarch_name(b->decision.subarch);

	if (b->decision.warning[0])
		linktable_env_printf(b->priv->env, "linktable: warning: %s\n", b->decision.warning);
	linktable_env_printf(b->priv->env, "linktable: subarch %s (%u) from %s: %s\n", sub ? sub : "?",
			     b->decision.subarch, linktable_subarch_source_name(b->decision.source),
			     b->decision.reason);
}

void linktable__trace_calling(const struct linktable_boot *b, linktable__size_t id, unsigned int phase,
			      unsigned int thread, unsigned long long at)
{
	if (!b->priv->env->write)
		return;
	stamp(b, at);
	linktable_env_printf(b->priv->env, "calling  %s.%s @ thread %u\n", b->plan->steps[id]->name,
			     linktable_boot_phase_name(b, phase), thread);
}

void linktable__trace_returned(const struct linktable_boot *b, linktable__size_t id, unsigned int phase, int rc,
			       unsigned long long start, unsigned long long end)
{
	unsigned long long us = end - start;

	if (!b->priv->env->write)
		return;
	stamp(b, end);
	linktable__divpow10(&us, 3);
	linktable_env_printf(b->priv->env, "initcall %s.%s returned %d after %llu usecs%s\n", b->plan->steps[id]->name,
			     linktable_boot_phase_name(b, phase), rc, us,
			     rc && (b->plan->steps[id]->flags & LINKTABLE_INIT_CRITICAL) ? " (critical)" : "");
}

void linktable__trace_skipped(const struct linktable_boot *b, linktable__size_t id, unsigned long long at)
{
	char why[512];

	if (!b->priv->env->write)
		return;
	stamp(b, at);
	linktable_env_printf(b->priv->env, "skipping %s: %s\n", b->plan->steps[id]->name,
			     linktable__boot_skip_reason(b, id, why, sizeof(why)));
}

void linktable__trace_probe_ends_level(const struct linktable_boot *b, linktable__size_t id, unsigned long long at)
{
	if (!b->priv->env->write)
		return;
	stamp(b, at);
	linktable_env_printf(b->priv->env, "probe %s detected: it finishes level %u\n", b->plan->steps[id]->name,
			     b->plan->steps[id]->level);
}

/* "12.345" milliseconds from nanoseconds. */
static const char *ms(unsigned long long ns, char *buf)
{
	unsigned long long frac;

	linktable__divpow10(&ns, 3);
	frac = linktable__divpow10(&ns, 3);
	linktable_format(buf, 32, "%llu.%03llu", ns, frac);
	return buf;
}

void linktable__trace_summary(const struct linktable_boot *b, const struct linktable_boot_summary *s)
{
	linktable__size_t skipped = s->unsupported + s->not_detected + s->finished_level + s->dep_failed;
	char w[32], busy[32], cp[32], not_run[48] = "";

	if (!b->priv->env->write)
		return;
	if (s->not_run)
		linktable_format(not_run, sizeof(not_run), ", %zu not run", s->not_run);
	linktable_env_printf(b->priv->env,
			     "%zu step%s ran, %zu skipped (%zu unsupported, %zu not detected, %zu finished level, "
			     "%zu dependency failed), %zu failed%s\n",
			     s->ok, s->ok == 1 ? "" : "s", skipped, s->unsupported, s->not_detected, s->finished_level, s->dep_failed,
			     s->failed, not_run);
	linktable_env_printf(b->priv->env, "time: %s ms wall, %s ms in callbacks, critical path %s ms (%s)\n",
			     ms(s->wall_ns, w), ms(s->busy_ns, busy), ms(s->critical_path_ns, cp),
			     b->config.parallel ? "parallel" : "sequential");
}
