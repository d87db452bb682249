/* SPDX-License-Identifier: MIT */
/*
 * The init planner: validate the whole step table (for every subarch),
 * resolve dependency names, then order it (plan_order.c) and keep the steps
 * that support the plan's subarch.  Everything lives in the caller's
 * storage; indexing and resolving cost O(n + e) (hashing, plan_index.c).
 */
#include "plan_internal.h"

/* ---- Storage ------------------------------------------------------------- */

#define ALIGN16(x) LTX_PLAN_ALIGN(x)

/* Carves @size bytes (16-byte aligned) from the storage cursor. */
static void *carve(char **cur, linktable__size_t size)
{
	void *p = *cur;

	*cur += ALIGN16(size);
	return p;
}

static linktable__size_t max_errors(const struct linktable_plan_options *o)
{
	return o && o->max_errors ? o->max_errors : LINKTABLE_PLAN_DEFAULT_ERRORS;
}

linktable__size_t linktable_plan_bytes(linktable__size_t n, linktable__size_t e,
				       const struct linktable_plan_options *opts)
{
	return 0u LTX_PLAN_LAYOUT(LTX_PLAN_ADD_BYTES, n, e, max_errors(opts), linktable__plan_heap_entry_size(),
				  linktable__plan_index_slots(n));
}

linktable__size_t linktable_plan_table_bytes(const struct linktable_bounds *table,
					     const struct linktable_plan_options *opts)
{
	const struct linktable_init_step *s;
	linktable__size_t n = 0, e = 0;

	LINKTABLE_FOREACH_IN(s, init_steps, table) {
		n++;
		e += linktable__step_dep_count(s);
	}
	return linktable_plan_bytes(n, e, opts);
}

/* ---- Checks of single steps --------------------------------------------- */

LTX_STATIC_ASSERT(LINKTABLE_MAX_PHASES == 8, "linktable__step_extra_phases() lists the phases past the set one by one");

/* Returns 0 when every step has a name, so names can be indexed; sets
 * *@uses when some step uses a resource (else that rule has nothing to
 * check). */
static int check_steps(struct linktable_plan *plan, int *uses)
{
	linktable__size_t i;
	int fatal = 0, any = 0;

	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		if (!s || !s->name || !*s->name) {
			linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_NO_NAME, i, i, 0);
			fatal = 1;
			continue;
		}
		if (s->level >= LINKTABLE_LEVELS)
			linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_LEVEL_RANGE, i, i, s->level);
		if (!s->subarchs)
			linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_NO_SUBARCH, i, i, 0);
		any |= s->uses && s->uses[0];
	}
	*uses = any;
	return fatal ? -1 : 0;
}

static void check_phases(struct linktable_plan *plan, const struct linktable_plan_options *o)
{
	linktable__size_t i;
	unsigned int p;

	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];
		int extra = linktable__step_extra_phases(s, plan->nphases);

		for (p = plan->nphases; extra && p < LINKTABLE_MAX_PHASES; p++)
			if (s->phase[p])
				linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_EXTRA_PHASE, i, i, p);
		if (!o || !o->is_released)
			continue;
		for (p = o->release_phase; p < plan->nphases; p++)
			if (s->phase[p] && o->is_released((const void *)s->phase[p]))
				linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_RELEASED, i, i,
						      p | o->release_phase << 8);
	}
}

/* Returns the number of duplicate names; each step's sort key to @keys
 * (if not NULL), read in the same pass over its name. */
static linktable__size_t check_names(struct linktable_plan *plan, struct linktable__plan_index *ix,
				     unsigned long long *keys)
{
	linktable__size_t i, dups = 0;

	for (i = 0; i < plan->nsteps; i++) {
		unsigned long long key7;
		long other = linktable__plan_index_add(ix, i, &key7);

		if (keys)
			keys[i] = LINKTABLE__PLAN_SORT_KEY(plan->steps[i]->level, key7);
		if (other >= 0) {
			linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_DUPLICATE, (linktable__size_t)other, i, 0);
			dups++;
		}
	}
	return dups;
}

/* ---- Dependencies ---------------------------------------------------------- */

/* Checks one resolved dependency edge i -> d: @hard 1 hard, 2 order-only,
 * 0 soft. */
static inline void check_edge(struct linktable_plan *plan, linktable__size_t i, linktable__size_t d, int hard)
{
	const struct linktable_init_step *s = plan->steps[i], *t = plan->steps[d];
	linktable_subarch_mask_t broken = hard == 1 ? s->subarchs & ~t->subarchs : 0;

	if (t->level > s->level)
		linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_LEVEL_ORDER, i, d, (unsigned int)hard);
	if (broken)
		linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_SUBARCH_DEP, i, d, broken);
}

/* The step named @name: by its address when @px (no duplicate names, so
 * that address names one step, the one the name index gives too), else by
 * the name index. */
static inline long find_step(const struct linktable__plan_index *ix, const struct linktable__plan_ptrs *px,
			     const char *name)
{
	long d = px ? linktable__plan_ptrs_find(px, name) : -1;

	return d >= 0 ? d : linktable__plan_index_find(ix, name);
}

/* Resolves every dependency name into dep_start/dep_id; errors for missing
 * hard ones. */
static void resolve_deps(struct linktable_plan *plan, const struct linktable__plan_index *ix,
			 const struct linktable__plan_ptrs *px)
{
	linktable__size_t i, k, total = 0;

	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		plan->dep_start[i] = total;
		plan->dep_nhard[i] = 0;
		plan->dep_nafter[i] = 0;
		for (k = 0; s->depends && s->depends[k]; k++) {
			long d = find_step(ix, px, s->depends[k]);

			if (d < 0) {
				linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_MISSING, i, i, (unsigned int)k);
				continue;
			}
			check_edge(plan, i, (linktable__size_t)d, 1);
			plan->dep_id[total++] = (linktable__size_t)d;
			plan->dep_nhard[i]++;
		}
		for (k = 0; s->after && s->after[k]; k++) {
			long d = find_step(ix, px, s->after[k]);

			if (d < 0) {
				linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_MISSING_AFTER, i, i, (unsigned int)k);
				continue;
			}
			if ((linktable__size_t)d == i)
				continue; /* orders nothing: a warning (plan_warnings.c), not a cycle */
			check_edge(plan, i, (linktable__size_t)d, 2);
			plan->dep_id[total++] = (linktable__size_t)d;
			plan->dep_nafter[i]++;
		}
		for (k = 0; s->soft_depends && s->soft_depends[k]; k++) {
			long d = find_step(ix, px, s->soft_depends[k]);

			if (d < 0 || (linktable__size_t)d == i)
				continue; /* soft: not linked in is fine; itself: a warning */
			check_edge(plan, i, (linktable__size_t)d, 0);
			plan->dep_id[total++] = (linktable__size_t)d;
		}
	}
	plan->dep_start[plan->nsteps] = total;
}

/* ---- Entry points ----------------------------------------------------------- */

/* Lays the plan's arrays out in @storage; the steps array comes first so
 * that linktable_plan_make_table() can fill it in place.  NULL if too small. */
static char *lay_out(struct linktable_plan *plan, void *storage, linktable__size_t bytes, linktable__size_t n,
		     linktable__size_t e, const struct linktable_plan_options *opts,
		     struct linktable__plan_scratch *scratch, unsigned long long **slots_out)
{
	char *cur = storage;

	memset(plan, 0, sizeof(*plan));
	if (!storage || ((linktable__uintptr_t)storage & 15) || n >= 0xffffffffu ||
	    bytes < linktable_plan_bytes(n, e, opts))
		return (char *)0;
	{
#define CARVE(member, count, size) void *member = carve(&cur, (linktable__size_t)(count) * (size));
		LTX_PLAN_LAYOUT(CARVE, n, e, max_errors(opts), linktable__plan_heap_entry_size(),
				linktable__plan_index_slots(n))
#undef CARVE
		plan->steps = steps;
		plan->dropped = dropped;
		plan->order = order;
		plan->dep_start = dep_start;
		plan->rdep_start = rdep_start;
		plan->unordered = unordered;
		plan->dep_id = dep_id;
		plan->rdep_id = rdep_id;
		plan->dep_nhard = dep_nhard;
		plan->dep_nafter = dep_nafter;
		plan->errors = errors;
		scratch->heap = heap;
		scratch->seen = seen;
		scratch->spare = slots;
		/* plan->order is written last: until then it holds the sort
		 * keys where a size_t is as wide as one. */
		scratch->keys = sizeof(linktable__size_t) >= sizeof(unsigned long long) ? (unsigned long long *)order
											 : (unsigned long long *)0;
		*slots_out = slots;
	}
	return cur;
}

/* The general checks of the steps already in plan->steps, recording every
 * error, then the ordering. */
static void plan_general(struct linktable_plan *plan, linktable__size_t n, const struct linktable_plan_options *opts,
			 const struct linktable__plan_scratch *scratch, unsigned long long *slots)
{
	struct linktable__plan_index ix;
	struct linktable__plan_ptrs px;
	int uses;

	if (plan->subarch >= LINKTABLE_SUBARCH_MAX)
		linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_SUBARCH_RANGE, 0, 0, plan->subarch);
	if (check_steps(plan, &uses) == 0) {
		linktable__size_t dups;

		check_phases(plan, opts);
		linktable__plan_index_init(&ix, slots, plan->steps, n);
		dups = check_names(plan, &ix, scratch->keys);
		/* The heap's scratch is free until the ordering. */
		if (!dups && linktable__plan_ptrs_init(&px, scratch->heap, n * linktable__plan_heap_entry_size(),
						       plan->steps, n) == 0) {
			linktable__size_t i;

			for (i = 0; i < n; i++)
				linktable__plan_ptrs_add(&px, i);
			resolve_deps(plan, &ix, &px);
		} else {
			resolve_deps(plan, &ix, (const struct linktable__plan_ptrs *)0);
		}
		linktable__plan_build_rdeps(plan);
		linktable__plan_order_steps(plan, scratch);
		if (uses)
			linktable__plan_check_resources(plan, scratch);
	} else {
		/* nameless steps: nothing further can be named or ordered */
		linktable__size_t i;

		memset(plan->dropped, 0, n);
		for (i = 0; i <= n; i++)
			plan->dep_start[i] = plan->rdep_start[i] = 0;
		for (i = 0; i < n; i++) /* no edges: none hard nor order-only (was left unset) */
			plan->dep_nhard[i] = plan->dep_nafter[i] = 0;
	}
}

/* Plans the steps already in plan->steps: the fast path (plan_fast.c) for
 * a table it can vouch for, else the general checks. */
static long plan_steps(struct linktable_plan *plan, linktable__size_t n, unsigned int subarch,
		       const struct linktable_plan_options *opts, const struct linktable__plan_scratch *scratch,
		       unsigned long long *slots)
{
	plan->subarch = subarch;
	plan->nsteps = n;
	plan->nphases = opts && opts->nphases ? opts->nphases : LINKTABLE_DEFAULT_PHASES;
	if (plan->nphases > LINKTABLE_MAX_PHASES)
		plan->nphases = LINKTABLE_MAX_PHASES;
	plan->phase_names = opts ? opts->phase_names : (const char *const *)0;
	plan->errors_room = max_errors(opts);
	memset(plan->unordered, 0, (n + 1) * sizeof(*plan->unordered));
	plan->dep_start[0] = 0;
	if (!linktable__plan_fast(plan, opts, scratch, slots))
		plan_general(plan, n, opts, scratch, slots);
	plan->norder = plan->nerrors ? 0 : plan->norder; /* a refused plan runs nothing */
	return (long)plan->nerrors;
}

long linktable_plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			 const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			 const struct linktable_plan_options *opts)
{
	return linktable__plan_make(plan, storage, bytes, steps, n, subarch, opts, 1, LINKTABLE__PLAN_COUNT_DEPS);
}

long linktable__plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			  const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			  const struct linktable_plan_options *opts, int fingerprint, linktable__size_t e)
{
	struct linktable__plan_scratch scratch;
	unsigned long long *slots;
	linktable__size_t i;

	if (e == LINKTABLE__PLAN_COUNT_DEPS)
		for (i = 0, e = 0; i < n; i++)
			e += linktable__step_dep_count(steps[i]);
	if (!lay_out(plan, storage, bytes, n, e, opts, &scratch, &slots))
		return -1;
	if (n)
		memcpy(plan->steps, steps, n * sizeof(*steps));
	if (fingerprint)
		plan->fingerprint = linktable_plan_fingerprint(plan->steps, n);
	return plan_steps(plan, n, subarch, opts, &scratch, slots);
}

long linktable_plan_make_table(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			       const struct linktable_bounds *table, unsigned int subarch,
			       const struct linktable_plan_options *opts)
{
	const struct linktable_prebuilt_plan *pre =
		opts && opts->no_prebuilt ? (const struct linktable_prebuilt_plan *)0 : linktable_init_prebuilt;
	struct linktable__plan_scratch scratch;
	const struct linktable_init_step *s;
	unsigned long long *slots;
	linktable__size_t n = 0, e = 0;
	int sealed;

	LINKTABLE_FOREACH_IN(s, init_steps, table)
		n++;
	/* A sealed plan brings its dependency arrays: no need to count the
	 * names the storage for run-time planning would be sized by.  Decided
	 * once: the storage is laid out for that answer. */
	sealed = linktable__plan_prebuilt_sealed(pre, n, subarch);
	if (!sealed)
		LINKTABLE_FOREACH_IN(s, init_steps, table)
			e += linktable__step_dep_count(s);
	if (!lay_out(plan, storage, bytes, n, e, opts, &scratch, &slots))
		return -1;
	n = 0;
	LINKTABLE_FOREACH_IN(s, init_steps, table)
		plan->steps[n++] = s;
	plan->nsteps = n;
	plan->subarch = subarch;
	if (linktable__plan_take_prebuilt(plan, pre, subarch, sealed)) {
		plan->nphases = opts && opts->nphases ? opts->nphases : LINKTABLE_DEFAULT_PHASES;
		plan->phase_names = opts ? opts->phase_names : (const char *const *)0;
		plan->errors_room = max_errors(opts);
		return 0; /* checked at build time: "linktable plan" refuses broken rules */
	}
	if (sealed) {
		/* A sealed plan whose order failed its check: the storage was
		 * laid out for taking it over, so lay it out again for
		 * planning (refused, -1, if the program gave too little). */
		int why = plan->prebuilt;
		const char *problem = plan->prebuilt_problem;

		LINKTABLE_FOREACH_IN(s, init_steps, table)
			e += linktable__step_dep_count(s);
		if (!lay_out(plan, storage, bytes, n, e, opts, &scratch, &slots))
			return -1;
		n = 0;
		LINKTABLE_FOREACH_IN(s, init_steps, table)
			plan->steps[n++] = s;
		plan->fingerprint = linktable_plan_fingerprint(plan->steps, n);
		plan->prebuilt = why;
		plan->prebuilt_problem = problem;
	}
	return plan_steps(plan, n, subarch, opts, &scratch, slots);
}

long linktable_plan_find(const struct linktable_plan *plan, const char *name)
{
	linktable__size_t i;

	for (i = 0; i < plan->nsteps; i++)
		if (plan->steps[i] && plan->steps[i]->name && linktable__strcmp(plan->steps[i]->name, name) == 0)
			return (long)i;
	return -1;
}
