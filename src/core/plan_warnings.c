/* SPDX-License-Identifier: MIT */
/*
 * Warnings: what the steps declare that does not break a boot but is
 * surely not what was meant - a step that can run nowhere, a step ordered
 * after itself, an order-only or soft dependency that never orders
 * anything.  Computed from the plan, so the boot, liblinktable and the
 * linktable command find the same ones; the severity of each rule is in
 * the one rule table (words.c).
 */
#include "plan_internal.h"

/* Adds a warning; counts those beyond @room. */
static void add(struct linktable_plan_warning *out, linktable__size_t room, linktable__size_t *n, unsigned int rule,
		unsigned int value, linktable__size_t a, linktable__size_t b)
{
	if (*n < room)
		out[*n] = (struct linktable_plan_warning){ rule, value, a, b };
	(*n)++;
}

/* The first critical step lacking one of @mask's subarchs (-1: none). */
static long critical_lacking(const struct linktable_plan *p, linktable_subarch_mask_t mask)
{
	linktable__size_t i;

	for (i = 0; i < p->nsteps; i++) {
		const struct linktable_init_step *c = p->steps[i];

		if (c && c->name && (c->flags & LINKTABLE_INIT_CRITICAL) && (mask & ~c->subarchs))
			return (long)i;
	}
	return -1;
}

/* Self-references in one name list (@kind 2: .after, 0: .soft_depends). */
static void self_refs(const struct linktable_plan *p, linktable__size_t i, const char *const *list, unsigned int kind,
		      struct linktable_plan_warning *out, linktable__size_t room, linktable__size_t *n)
{
	linktable__size_t k;

	for (k = 0; list && list[k]; k++)
		if (!linktable__strcmp(list[k], p->steps[i]->name)) {
			add(out, room, n, LINKTABLE_RULE_SELF_DEPENDENCY, kind, i, i);
			return; /* once per list */
		}
}

linktable__size_t linktable_plan_warnings(const struct linktable_plan *p, struct linktable_plan_warning *out,
					  linktable__size_t room)
{
	linktable_subarch_mask_t crit = ~(linktable_subarch_mask_t)0;
	linktable__size_t i, k, n = 0;

	if (!p || !p->steps)
		return 0;
	if (!out)
		room = 0;
	/* A boot is refused on every subarch some critical step lacks. */
	for (i = 0; i < p->nsteps; i++)
		if (p->steps[i] && p->steps[i]->name && (p->steps[i]->flags & LINKTABLE_INIT_CRITICAL))
			crit &= p->steps[i]->subarchs;
	for (i = 0; i < p->nsteps; i++) {
		const struct linktable_init_step *s = p->steps[i];
		linktable__size_t first, end;

		if (!s || !s->name || !s->subarchs)
			continue; /* an error already (names, subarchs) */
		if (!(s->subarchs & crit))
			add(out, room, &n, LINKTABLE_RULE_NEVER_RUNS, s->subarchs, i,
			    (linktable__size_t)critical_lacking(p, s->subarchs));
		self_refs(p, i, s->after, 2, out, room, &n);
		self_refs(p, i, s->soft_depends, 0, out, room, &n);
		/* The resolved order-only, then soft, dependencies (hard ones
		 * lacking a subarch are the subarch-plan error). */
		first = p->dep_start[i] + p->dep_nhard[i];
		end = p->dep_start[i + 1];
		for (k = first; k < end; k++) {
			const struct linktable_init_step *d = p->steps[p->dep_id[k]];

			if (p->dep_id[k] != i && d && !(d->subarchs & s->subarchs))
				add(out, room, &n, LINKTABLE_RULE_UNUSED_DEPENDENCY,
				    k < first + p->dep_nafter[i] ? 2u : 0u, i, p->dep_id[k]);
		}
	}
	return n;
}

linktable__size_t linktable_plan_warning_text(const struct linktable_plan *p, const struct linktable_plan_warning *w,
					      char *buf, linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	const struct linktable_init_step *s, *t;
	char mine[256], theirs[256];

	if (size)
		buf[0] = 0;
	if (!p || !w || w->a >= p->nsteps || !p->steps[w->a] || !p->steps[w->a]->name)
		return 0;
	s = p->steps[w->a];
	t = w->b < p->nsteps ? p->steps[w->b] : (const struct linktable_init_step *)0;
	switch (w->rule) {
	case LINKTABLE_RULE_NEVER_RUNS:
		linktable__subarch_mask_names(w->value, mine, sizeof(mine));
		linktable__out_printf(&o, "init step '%s' never runs: the boot is refused on every subarch it supports (%s)",
				      s->name, mine);
		if (t && t->name) {
			linktable__subarch_mask_names(t->subarchs, theirs, sizeof(theirs));
			linktable__out_printf(&o, ", for a critical step lacks it: '%s' supports %s", t->name, theirs);
		}
		break;
	case LINKTABLE_RULE_SELF_DEPENDENCY:
		linktable__out_printf(&o, "init step '%s' names itself in its %s: ignored (a step cannot run before itself)",
				      s->name, w->value == 2 ? ".after list" : ".soft_depends list");
		break;
	case LINKTABLE_RULE_UNUSED_DEPENDENCY:
		linktable__subarch_mask_names(s->subarchs, mine, sizeof(mine));
		linktable__subarch_mask_names(t ? t->subarchs : 0, theirs, sizeof(theirs));
		linktable__out_printf(&o,
				      "init step '%s' (%s) has %s dependency '%s' (%s): they share no subarch, so it "
				      "never orders anything",
				      s->name, mine, w->value == 2 ? "order-only" : "soft", t && t->name ? t->name : "?",
				      theirs);
		break;
	default:
		linktable__out_printf(&o, "init step '%s': %s", s->name, linktable_rule_name(w->rule));
		break;
	}
	return o.len;
}
