/* SPDX-License-Identifier: MIT */
/*
 * The init planner: validate the whole step table (for every subarch),
 * resolve dependency names, then order it (plan_order.c) and keep the steps
 * that support the plan's subarch.  Indexing and resolving cost O(n + e)
 * (hashing, plan_index.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

/* ---- Checks of single steps --------------------------------------------- */

/* Returns 0 when every step has a name, so names can be indexed. */
static int check_steps(struct linktable_plan *plan)
{
	size_t i;
	int fatal = 0;

	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		if (!s || !s->name || !*s->name) {
			plan_error(plan, "init step #%zu has no name", i);
			fatal = 1;
			continue;
		}
		if (s->level >= LINKTABLE_LEVELS)
			plan_error(plan, "init step '%s': order level %u is out of range 0..99", s->name, s->level);
		if (!s->subarchs)
			plan_error(plan, "init step '%s' supports no subarch: it would never run", s->name);
	}
	return fatal ? -1 : 0;
}

static void check_phases(struct linktable_plan *plan, const struct linktable_plan_options *o)
{
	unsigned int p;
	size_t i;

	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		for (p = plan->nphases; p < LINKTABLE_MAX_PHASES; p++)
			if (s->phase[p])
				plan_error(plan, "init step '%s' has a callback for phase %u, but the phase set has %u phases",
					   s->name, p, plan->nphases);
		if (!o || !o->is_released)
			continue;
		for (p = o->release_phase; p < plan->nphases; p++)
			if (s->phase[p] && o->is_released((const void *)s->phase[p]))
				plan_error(plan,
					   "init step '%s': its %s callback (phase %u) at %p is in init-only memory, "
					   "which is released before phase %u",
					   s->name, plan_phase_name(plan, p), p, (const void *)s->phase[p],
					   o->release_phase);
	}
}

static void check_names(struct linktable_plan *plan, struct plan_index *ix)
{
	size_t i;

	for (i = 0; i < plan->nsteps; i++) {
		long other = plan_index_add(ix, i);

		if (other >= 0) {
			const struct linktable_init_step *a = plan->steps[other], *b = plan->steps[i];

			plan_error(plan, "duplicate init step name '%s': declared at %s:%u and at %s:%u", b->name,
				   a->file ? a->file : "?", a->line, b->file ? b->file : "?", b->line);
		}
	}
}

/* ---- Dependencies ---------------------------------------------------------- */

static size_t count_list(const char *const *list)
{
	size_t n = 0;

	while (list && list[n])
		n++;
	return n;
}

/* Checks one resolved dependency edge s -> d. */
static void check_edge(struct linktable_plan *plan, const struct linktable_init_step *s,
		       const struct linktable_init_step *d, int hard)
{
	linktable_subarch_mask_t broken;
	char names[256];

	if (d->level > s->level)
		plan_error(plan,
			   "init step '%s' (level %u) depends on '%s' (level %u): a dependency must not "
			   "have a higher order level than its dependent",
			   s->name, s->level, d->name, d->level);
	broken = hard ? s->subarchs & ~d->subarchs : 0;
	if (broken)
		plan_error(plan,
			   "init step '%s' supports %s, but its hard dependency '%s' does not: '%s' is "
			   "broken on %s",
			   s->name, plan_mask_names(broken, names, sizeof(names)), d->name, s->name, names);
}

/* Resolves every dependency name into dep_start/dep_id; errors for missing
 * hard ones.  Returns -1 when out of memory. */
static int resolve_deps(struct linktable_plan *plan, const struct plan_index *ix)
{
	size_t i, k, total = 0;

	plan->dep_start = malloc((plan->nsteps + 1) * sizeof(size_t));
	plan->dep_nhard = calloc(plan->nsteps ? plan->nsteps : 1, sizeof(unsigned int));
	if (!plan->dep_start || !plan->dep_nhard)
		return -1;
	for (i = 0; i < plan->nsteps; i++)
		total += count_list(plan->steps[i]->depends) + count_list(plan->steps[i]->soft_depends);
	plan->dep_id = malloc((total ? total : 1) * sizeof(size_t));
	if (!plan->dep_id)
		return -1;
	total = 0;
	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		plan->dep_start[i] = total;
		for (k = 0; s->depends && s->depends[k]; k++) {
			long d = plan_index_find(ix, s->depends[k]);

			if (d < 0) {
				plan_error(plan, "init step '%s' depends on '%s', which is not linked in", s->name,
					   s->depends[k]);
				continue;
			}
			check_edge(plan, s, plan->steps[d], 1);
			plan->dep_id[total++] = (size_t)d;
			plan->dep_nhard[i]++;
		}
		for (k = 0; s->soft_depends && s->soft_depends[k]; k++) {
			long d = plan_index_find(ix, s->soft_depends[k]);

			if (d < 0)
				continue; /* soft: not linked in is fine */
			check_edge(plan, s, plan->steps[d], 0);
			plan->dep_id[total++] = (size_t)d;
		}
	}
	plan->dep_start[plan->nsteps] = total;
	return 0;
}

/* Reverse edges: who depends on each step. */
static int build_rdeps(struct linktable_plan *plan)
{
	size_t n = plan->nsteps, e = plan->dep_start[n], i, k, *fill;

	plan->rdep_start = calloc(n + 1, sizeof(size_t));
	plan->rdep_id = malloc((e ? e : 1) * sizeof(size_t));
	fill = malloc((n ? n : 1) * sizeof(size_t));
	if (!plan->rdep_start || !plan->rdep_id || !fill) {
		free(fill);
		return -1;
	}
	for (k = 0; k < e; k++)
		plan->rdep_start[plan->dep_id[k] + 1]++;
	for (i = 0; i < n; i++) {
		plan->rdep_start[i + 1] += plan->rdep_start[i];
		fill[i] = plan->rdep_start[i];
	}
	for (i = 0; i < n; i++)
		for (k = plan->dep_start[i]; k < plan->dep_start[i + 1]; k++)
			plan->rdep_id[fill[plan->dep_id[k]]++] = i;
	free(fill);
	return 0;
}

/* ---- Entry points ----------------------------------------------------------- */

long linktable_plan_build(const struct linktable_init_step *const *steps, size_t n, unsigned int subarch,
			  const struct linktable_plan_options *opts, struct linktable_plan **out)
{
	struct linktable_plan *plan = calloc(1, sizeof(*plan));
	struct plan_index ix = { 0, NULL, NULL };

	*out = NULL;
	if (!plan)
		return -1;
	plan->subarch = subarch;
	plan->nsteps = n;
	plan->nphases = opts && opts->nphases ? opts->nphases : 3;
	if (plan->nphases > LINKTABLE_MAX_PHASES)
		plan->nphases = LINKTABLE_MAX_PHASES;
	plan->phase_names = opts ? opts->phase_names : NULL;
	plan->steps = malloc((n ? n : 1) * sizeof(*plan->steps));
	plan->dropped = calloc(n ? n : 1, 1);
	if (!plan->steps || !plan->dropped)
		goto oom;
	if (n)
		memcpy(plan->steps, steps, n * sizeof(*steps));
	if (subarch >= LINKTABLE_SUBARCH_MAX)
		plan_error(plan, "subarch %u is out of range 0..%d", subarch, LINKTABLE_SUBARCH_MAX - 1);
	if (check_steps(plan) < 0)
		goto done; /* nameless steps: nothing further can be named */
	check_phases(plan, opts);
	if (plan_index_init(&ix, plan->steps, n) < 0)
		goto oom;
	check_names(plan, &ix);
	if (resolve_deps(plan, &ix) < 0 || build_rdeps(plan) < 0 || plan_order_steps(plan) < 0)
		goto oom;
done:
	plan_index_free(&ix);
	if (plan->nerrors)
		plan->norder = 0; /* a refused plan runs nothing */
	*out = plan;
	return (long)plan->nerrors;
oom:
	plan_index_free(&ix);
	linktable_plan_free(plan);
	return -1;
}

const struct linktable_init_step **plan_collect_table(const struct linktable_bounds *table, size_t *n)
{
	const struct linktable_init_step *s, **steps;
	size_t count = 0;

	LINKTABLE_FOREACH_IN(s, init_steps, table)
		count++;
	steps = malloc((count ? count : 1) * sizeof(*steps));
	if (!steps)
		return NULL;
	count = 0;
	LINKTABLE_FOREACH_IN(s, init_steps, table)
		steps[count++] = s;
	*n = count;
	return steps;
}

long linktable_plan_build_table(const struct linktable_bounds *table, unsigned int subarch,
				const struct linktable_plan_options *opts, struct linktable_plan **out)
{
	size_t n = 0;
	const struct linktable_init_step **steps = plan_collect_table(table, &n);
	long r;

	*out = NULL;
	if (!steps)
		return -1;
	r = linktable_plan_build(steps, n, subarch, opts, out);
	free(steps);
	return r;
}

void linktable_plan_free(struct linktable_plan *plan)
{
	size_t i;

	if (!plan)
		return;
	for (i = 0; i < plan->nerrors && i < LINKTABLE_PLAN_MAX_MESSAGES && plan->errors; i++)
		free(plan->errors[i]);
	free(plan->errors);
	free(plan->steps);
	free(plan->dropped);
	free(plan->order);
	free(plan->dep_start);
	free(plan->dep_id);
	free(plan->dep_nhard);
	free(plan->rdep_start);
	free(plan->rdep_id);
	free(plan);
}

long linktable_plan_find(const struct linktable_plan *plan, const char *name)
{
	size_t i;

	for (i = 0; i < plan->nsteps; i++)
		if (plan->steps[i] && plan->steps[i]->name && strcmp(plan->steps[i]->name, name) == 0)
			return (long)i;
	return -1;
}
