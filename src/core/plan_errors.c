/* SPDX-License-Identifier: MIT */
/*
 * Plan errors: bounded records while planning, words on demand.  The one
 * place that words a broken planning rule, for the boot trace, liblinktable
 * and "linktable check" alike: a message, located at a step's file:line,
 * printed as a compiler prints a diagnostic.
 */
#include "plan_internal.h"

void linktable__plan_error(struct linktable_plan *plan, unsigned int kind, linktable__size_t a,
			   linktable__size_t b, unsigned int value)
{
	plan->nerrors++;
	if (plan->errors_kept < plan->errors_room) {
		struct linktable_plan_error *e = &plan->errors[plan->errors_kept++];

		e->kind = kind;
		e->value = value;
		e->a = a;
		e->b = b;
	}
}

/* "file:line" of a step. */
static void where(struct linktable__out *o, const struct linktable_init_step *s)
{
	linktable__out_printf(o, "%.400s:%u", s->file ? s->file : "?", s->line);
}

/* The cycle through @start, following the first unordered dependency. */
static void cycle(struct linktable__out *o, const struct linktable_plan *p, linktable__size_t start)
{
	linktable__size_t v = start, k;

	do {
		linktable__out_printf(o, "%s -> ", p->steps[v]->name);
		for (k = p->dep_start[v]; !p->unordered[p->dep_id[k]]; k++)
			;
		v = p->dep_id[k];
	} while (v != start);
	linktable__out_printf(o, "%s", p->steps[start]->name);
}

linktable__size_t linktable_plan_error_text(const struct linktable_plan *p, linktable__size_t i, char *buf,
					    linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	const struct linktable_plan_error *e;
	const struct linktable_init_step *a, *b;
	char names[256];

	if (size)
		buf[0] = 0;
	if (i >= p->errors_kept)
		return 0;
	e = &p->errors[i];
	a = e->a < p->nsteps ? p->steps[e->a] : (const struct linktable_init_step *)0;
	b = e->b < p->nsteps && e->kind != LINKTABLE_PLAN_ERROR_RESOURCE ? p->steps[e->b]
									  : (const struct linktable_init_step *)0;
	if (e->kind == LINKTABLE_PLAN_ERROR_SUBARCH_RANGE) {
		linktable__out_printf(&o, "subarch %u is out of range 0..%d", e->value, LINKTABLE_SUBARCH_MAX - 1);
		return o.len;
	}
	if (e->kind == LINKTABLE_PLAN_ERROR_NO_NAME || !a || !a->name) {
		linktable__out_printf(&o, "init step #%zu has no name", (linktable__size_t)e->a);
		return o.len;
	}
	switch (e->kind) {
	case LINKTABLE_PLAN_ERROR_LEVEL_RANGE:
		linktable__out_printf(&o, "init step '%s': order level %u is out of range 0..99", a->name, a->level);
		break;
	case LINKTABLE_PLAN_ERROR_NO_SUBARCH:
		linktable__out_printf(&o, "init step '%s' supports no subarch: it would never run", a->name);
		break;
	case LINKTABLE_PLAN_ERROR_EXTRA_PHASE:
		linktable__out_printf(&o, "init step '%s' has a callback for phase %u, but the phase set has %u phases",
				      a->name, e->value, p->nphases);
		break;
	case LINKTABLE_PLAN_ERROR_RELEASED:
		linktable__out_printf(&o,
				      "init step '%s' has its %s callback at %p in init-only memory, which is "
				      "released before phase %u",
				      a->name, linktable__phase_name(p->phase_names, p->nphases, e->value & 0xff),
				      (const void *)a->phase[e->value & 0xff], e->value >> 8);
		break;
	case LINKTABLE_PLAN_ERROR_DUPLICATE:
		linktable__out_printf(&o, "duplicate init step name '%s': declared at ", b->name);
		where(&o, a);
		linktable__out_printf(&o, " and at ");
		where(&o, b);
		break;
	case LINKTABLE_PLAN_ERROR_MISSING:
		linktable__out_printf(&o, "init step '%s' depends on '%s', which is not linked in", a->name,
				      a->depends[e->value]);
		break;
	case LINKTABLE_PLAN_ERROR_MISSING_AFTER:
		linktable__out_printf(&o, "init step '%s' runs after '%s', which is not linked in", a->name,
				      a->after[e->value]);
		break;
	case LINKTABLE_PLAN_ERROR_LEVEL_ORDER:
		linktable__out_printf(&o, "init step '%s' (level %u) %s '%s' (level %u, ", a->name, a->level,
				      e->value == 1 ? "depends on" : e->value == 2 ? "runs after" : "soft-depends on",
				      b->name, b->level);
		where(&o, b);
		linktable__out_printf(&o, "): a dependency must not have a higher order level than its dependent");
		break;
	case LINKTABLE_PLAN_ERROR_SUBARCH_DEP:
		linktable__subarch_mask_names(e->value, names, sizeof(names));
		linktable__out_printf(&o, "init step '%s' supports %s, but its hard dependency '%s' (", a->name, names,
				      b->name);
		where(&o, b);
		linktable__out_printf(&o, ") does not: '%s' is broken on %s", a->name, names);
		break;
	case LINKTABLE_PLAN_ERROR_RESOURCE:
		linktable__subarch_mask_names(e->value, names, sizeof(names));
		linktable__out_printf(&o,
				      "init step '%s' uses '%s', but on %s neither it nor any step it depends on "
				      "(hard, transitively) provides '%s'",
				      a->name, a->uses[e->b], names, a->uses[e->b]);
		break;
	case LINKTABLE_PLAN_ERROR_CYCLE:
		linktable__out_printf(&o, "dependency cycle: ");
		cycle(&o, p, e->a);
		linktable__out_printf(&o, " (each step depends on the next)");
		break;
	default:
		linktable__out_printf(&o, "unknown plan error %u", e->kind);
	}
	return o.len;
}

long linktable_plan_error_step(const struct linktable_plan *p, linktable__size_t i)
{
	const struct linktable_plan_error *e;
	linktable__size_t id;

	if (i >= p->errors_kept)
		return -1;
	e = &p->errors[i];
	if (e->kind == LINKTABLE_PLAN_ERROR_SUBARCH_RANGE || e->kind == LINKTABLE_PLAN_ERROR_NO_NAME)
		return -1;
	id = e->kind == LINKTABLE_PLAN_ERROR_DUPLICATE ? e->b : e->a;
	return id < p->nsteps && p->steps[id] && p->steps[id]->name ? (long)id : -1;
}

linktable__size_t linktable_plan_error_print(const struct linktable_plan *p, linktable__size_t i, char *buf,
					     linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	long at = linktable_plan_error_step(p, i);
	char text[1024];

	if (size)
		buf[0] = 0;
	if (i >= p->errors_kept)
		return 0;
	if (at >= 0) {
		where(&o, p->steps[at]);
		linktable__out_printf(&o, ": ");
	}
	linktable_plan_error_text(p, i, text, sizeof(text));
	linktable__out_printf(&o, "error: %s [%s]", text, linktable_plan_error_rule(p->errors[i].kind));
	return o.len;
}
