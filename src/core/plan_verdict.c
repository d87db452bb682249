/* SPDX-License-Identifier: MIT */
/*
 * Verdicts: what happens to each step on each subarch, decided once from
 * a plan's resolved dependencies and its error records.  "linktable
 * check", "plan", "matrix", "graph", "show" and the boot's trace all print
 * these, so no consumer keeps a copy of the rules.
 */
#include "plan_internal.h"

/* Working states while propagating (never returned). */
#define PENDING 100u  /* supported, not decided yet */
#define VISITING 101u /* on the walk's stack; @error holds the next hard edge */
#define BLOCKED 102u  /* on the stack, a hard dependency is broken: @error holds it */

static int supports(const struct linktable_init_step *s, unsigned int subarch)
{
	return s && subarch < LINKTABLE_SUBARCH_MAX && (s->subarchs & LINKTABLE_SUBARCH_BIT(subarch));
}

static void breaks(struct linktable_verdict *v, unsigned int rule, long error, long other)
{
	if (v->state == LINKTABLE_VERDICT_BROKEN)
		return; /* the first cause found stands */
	v->state = LINKTABLE_VERDICT_BROKEN;
	v->rule = rule;
	v->error = error;
	v->other = other;
}

/* The next step of the cycle through @v: its first unordered dependency. */
static linktable__size_t cycle_next(const struct linktable_plan *p, linktable__size_t v)
{
	linktable__size_t k;

	for (k = p->dep_start[v]; k < p->dep_start[v + 1]; k++)
		if (p->unordered[p->dep_id[k]])
			return p->dep_id[k];
	return v;
}

/* Whether @d is among @id's hard dependencies. */
static int is_hard(const struct linktable_plan *p, linktable__size_t id, linktable__size_t d)
{
	linktable__size_t k;

	for (k = 0; id < p->nsteps && k < p->dep_nhard[id]; k++)
		if (p->dep_id[p->dep_start[id] + k] == d)
			return 1;
	return 0;
}

/* The subarchs on which error @e breaks the step it is about. */
static linktable_subarch_mask_t error_mask(const struct linktable_plan *p, const struct linktable_plan_error *e,
					  const struct linktable_init_step *s)
{
	if (e->kind == LINKTABLE_PLAN_ERROR_SUBARCH_DEP || e->kind == LINKTABLE_PLAN_ERROR_RESOURCE)
		return e->value; /* the subarchs it names */
	if (!s || e->kind == LINKTABLE_PLAN_ERROR_NO_NAME || e->kind == LINKTABLE_PLAN_ERROR_NO_SUBARCH || !s->subarchs)
		return LINKTABLE_SUBARCHS_ALL; /* a step that can run nowhere is broken everywhere */
	(void)p;
	return s->subarchs;
}

static void mark_errors(const struct linktable_plan *p, unsigned int subarch, struct linktable_verdict *out)
{
	linktable_subarch_mask_t bit = subarch < LINKTABLE_SUBARCH_MAX ? LINKTABLE_SUBARCH_BIT(subarch) : 0;
	linktable__size_t i;

	for (i = 0; i < p->errors_kept; i++) {
		const struct linktable_plan_error *e = &p->errors[i];
		unsigned int rule = linktable_rule_of_error(e->kind);
		const struct linktable_init_step *a;

		if (e->a >= p->nsteps)
			continue; /* about the plan, not a step */
		a = p->steps[e->a];
		if (e->kind == LINKTABLE_PLAN_ERROR_CYCLE) {
			linktable__size_t v = e->a, next;
			linktable__size_t guard = 0;

			do { /* every step on the cycle, whatever it supports */
				next = cycle_next(p, v);
				out[v].on_cycle = 1;
				if (error_mask(p, e, p->steps[v]) & bit)
					breaks(&out[v], rule, (long)i, (long)next);
				v = next;
			} while (v != e->a && ++guard < p->nsteps);
			continue;
		}
		if (error_mask(p, e, a) & bit)
			breaks(&out[e->a], rule, (long)i,
			       e->kind == LINKTABLE_PLAN_ERROR_LEVEL_ORDER || e->kind == LINKTABLE_PLAN_ERROR_SUBARCH_DEP ||
					       e->kind == LINKTABLE_PLAN_ERROR_DUPLICATE
				       ? (long)e->b
				       : -1);
		if (e->kind == LINKTABLE_PLAN_ERROR_DUPLICATE && e->b < p->nsteps &&
		    (error_mask(p, e, p->steps[e->b]) & bit))
			breaks(&out[e->b], rule, (long)i, (long)e->a);
	}
}

/*
 * Hard dependencies that are broken or unsupported break their dependents,
 * transitively.  A depth-first walk whose stack is threaded through the
 * verdicts themselves (@other: the parent; @error: the next edge, then the
 * blocker), so it needs no storage and no recursion: O(n + e).
 */
static void propagate(const struct linktable_plan *p, struct linktable_verdict *out)
{
	linktable__size_t r;

	for (r = 0; r < p->nsteps; r++) {
		long v = (long)r;

		if (out[r].state != PENDING)
			continue;
		out[r].state = VISITING;
		out[r].error = 0;
		out[r].other = -1;
		while (v >= 0) {
			struct linktable_verdict *x = &out[v];
			linktable__size_t k = (linktable__size_t)x->error;
			long parent;

			if (x->state == VISITING && k < p->dep_nhard[v]) {
				linktable__size_t d = p->dep_id[p->dep_start[v] + k];

				x->error++;
				if (out[d].state == PENDING) {
					out[d].state = VISITING;
					out[d].error = 0;
					out[d].other = v;
					v = (long)d;
				} else if (out[d].state == LINKTABLE_VERDICT_BROKEN ||
					   out[d].state == LINKTABLE_VERDICT_UNSUPPORTED) {
					x->state = BLOCKED;
					x->error = (long)d;
				}
				continue; /* VISITING or BLOCKED: a cycle of hard edges, recorded as such */
			}
			parent = x->other;
			if (x->state == BLOCKED) {
				x->other = x->error;
				x->state = LINKTABLE_VERDICT_BROKEN;
				x->rule = LINKTABLE_RULE_DEPENDENCY;
				x->error = -1;
				if (parent >= 0 && out[parent].state == VISITING) {
					out[parent].state = BLOCKED;
					out[parent].error = v;
				}
			} else {
				x->state = LINKTABLE_VERDICT_RUNS;
				x->error = -1;
				x->other = -1;
			}
			v = parent;
		}
	}
}

void linktable_plan_verdicts(const struct linktable_plan *p, unsigned int subarch, struct linktable_verdict *out)
{
	linktable__size_t i;
	long critical;
	/* Dependencies are resolved unless a nameless step stopped the planner
	 * (then every list is empty); cycles, and so the unordered marks, exist
	 * only in a plan with errors (a build-time plan has neither, nor the
	 * marks). */
	int resolved = p->nerrors == 0 || (p->nsteps && p->dep_start[p->nsteps] > 0);
	int cycles = p->nerrors && resolved;

	for (i = 0; i < p->nsteps; i++) {
		struct linktable_verdict *v = &out[i];

		if (v->state == LINKTABLE_VERDICT_BROKEN)
			continue; /* the caller's own rule: kept */
		v->state = supports(p->steps[i], subarch) ? PENDING : LINKTABLE_VERDICT_UNSUPPORTED;
		v->rule = LINKTABLE_RULE_NONE;
		v->on_cycle = 0;
		v->error = -1;
		v->other = -1;
	}
	mark_errors(p, subarch, out);
	/* Behind a cycle (ordered after a step on it): cannot be ordered. */
	for (i = 0; cycles && i < p->nsteps; i++)
		if (p->unordered[i] && !out[i].on_cycle && out[i].state == PENDING)
			breaks(&out[i], LINKTABLE_RULE_DEPENDENCY, -1, (long)cycle_next(p, i));
	if (resolved)
		propagate(p, out);
	/* A critical step that lacks @subarch: the boot there is refused before
	 * any step runs (linktable__boot_refuse_unsupported(), the same rule). */
	critical = p->nerrors ? -1 : linktable__plan_unsupported_critical_on(p, subarch, (linktable__size_t *)0, (char *)0, 0);
	for (i = 0; i < p->nsteps; i++) {
		if (out[i].state != PENDING && out[i].state != LINKTABLE_VERDICT_RUNS)
			continue;
		out[i].state = p->nerrors || critical >= 0 ? LINKTABLE_VERDICT_REFUSED : LINKTABLE_VERDICT_RUNS;
		if (critical >= 0) {
			out[i].rule = LINKTABLE_RULE_UNSUPPORTED_CRITICAL;
			out[i].other = critical;
		}
	}
}

linktable__size_t linktable_verdict_text(const struct linktable_plan *p, linktable__size_t id,
					 const struct linktable_verdict *v, unsigned int subarch, char *buf,
					 linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	const char *sub = linktable_subarch_name(subarch);
	const char *other = v->other >= 0 && (linktable__size_t)v->other < p->nsteps && p->steps[v->other]
				    ? p->steps[v->other]->name
				    : (const char *)0;
	char names[256];

	if (size)
		buf[0] = 0;
	if (!sub) {
		linktable_format(names, sizeof(names), "subarch%u", subarch);
		sub = names;
	}
	switch (v->state) {
	case LINKTABLE_VERDICT_RUNS:
		linktable__out_printf(&o, "runs on %s", sub);
		return o.len;
	case LINKTABLE_VERDICT_UNSUPPORTED:
		linktable__out_printf(&o, "not supported on %s", sub);
		return o.len;
	case LINKTABLE_VERDICT_REFUSED:
		if (v->rule == LINKTABLE_RULE_UNSUPPORTED_CRITICAL) {
			char list[400];
			linktable__size_t n = 0;

			linktable__plan_unsupported_critical_on(p, subarch, &n, list, sizeof(list));
			linktable__out_printf(&o, "the boot on %s is refused before any step: %zu critical step%s %s it: %s",
					      sub, n, n == 1 ? "" : "s", n == 1 ? "lacks" : "lack", list);
			return o.len;
		}
		linktable__out_printf(&o, "the plan is refused: %zu error%s in other steps", p->nerrors,
				      p->nerrors == 1 ? "" : "s");
		return o.len;
	default:
		break;
	}
	if (v->error >= 0 && (linktable__size_t)v->error < p->errors_kept) {
		const struct linktable_plan_error *e = &p->errors[v->error];
		const struct linktable_init_step *a = p->steps[e->a];

		switch (e->kind) {
		case LINKTABLE_PLAN_ERROR_MISSING:
			linktable__out_printf(&o, "needs '%s', which is not linked in", a->depends[e->value]);
			return o.len;
		case LINKTABLE_PLAN_ERROR_MISSING_AFTER:
			linktable__out_printf(&o, "runs after '%s', which is not linked in", a->after[e->value]);
			return o.len;
		case LINKTABLE_PLAN_ERROR_SUBARCH_DEP:
			linktable__out_printf(&o, "needs '%s', which is not supported on %s", other ? other : "?", sub);
			return o.len;
		case LINKTABLE_PLAN_ERROR_CYCLE: {
			char text[1024];

			linktable_plan_error_text(p, (linktable__size_t)v->error, text, sizeof(text));
			linktable__out_printf(&o, "on a %s", text);
			return o.len;
		}
		default:
			linktable_plan_error_text(p, (linktable__size_t)v->error, buf, size);
			return linktable__strlen(buf);
		}
	}
	if (v->rule == LINKTABLE_RULE_DEPENDENCY && other) {
		if (is_hard(p, id, (linktable__size_t)v->other))
			linktable__out_printf(&o, "needs '%s', which %s on %s", other,
					      supports(p->steps[v->other], subarch) ? "cannot run" : "is not supported", sub);
		else
			linktable__out_printf(&o, "runs after '%s', which cannot be ordered (a dependency cycle)", other);
	} else {
		linktable__out_printf(&o, "breaks rule %s", linktable_rule_name(v->rule));
	}
	return o.len;
}
