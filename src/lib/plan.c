/* SPDX-License-Identifier: MIT */
/*
 * The init planner: validate the whole step table (for every subarch), then
 * order it with Kahn's algorithm on a min-heap keyed by (level, name) and
 * keep the steps that support the plan's subarch.
 *
 * Cost: O(n + e) to index and resolve dependencies (hashing), O((n + e) log n)
 * for the heap.  Because every dependency's level is <= its dependent's (a
 * checked rule), popping the smallest (level, name) among ready steps yields
 * ascending levels; ties fall to the name, never to link order.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

static const char *const seed_phase_names[] = { "early_init", "setup_arch", "late_init" };

void plan_error(struct linktable_plan *plan, const char *fmt, ...)
{
	char **grown, *msg = NULL;
	va_list ap;

	plan->nerrors++;
	if (plan->nerrors > LINKTABLE_PLAN_MAX_MESSAGES)
		return; /* counted, not kept: a broken 1M-step table must not eat memory */
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	grown = realloc(plan->errors, plan->nerrors * sizeof(*grown));
	if (!grown || !msg) {
		free(msg);
		if (grown)
			plan->errors = grown;
		plan->nerrors--; /* out of memory: the error is lost with the message */
		return;
	}
	plan->errors = grown;
	plan->errors[plan->nerrors - 1] = msg;
}

const char *plan_phase_name(const struct linktable_plan *plan, unsigned int phase)
{
	static char generic[LINKTABLE_MAX_PHASES][12];

	if (plan->phase_names && phase < plan->nphases && plan->phase_names[phase])
		return plan->phase_names[phase];
	if (!plan->phase_names && phase < 3)
		return seed_phase_names[phase];
	if (phase >= LINKTABLE_MAX_PHASES)
		return "phase?";
	if (!generic[phase][0])
		snprintf(generic[phase], sizeof(generic[phase]), "phase%u", phase);
	return generic[phase];
}

/* Appends the names of the subarchs in @mask, comma-separated. */
static size_t append_names(linktable_subarch_mask_t mask, char *buf, size_t size, size_t used)
{
	unsigned int s;

	for (s = 0; s < LINKTABLE_SUBARCH_MAX && used + 1 < size; s++) {
		const char *name = linktable_subarch_name(s);
		int n;

		if (!(mask & (1u << s)))
			continue;
		if (name)
			n = snprintf(buf + used, size - used, "%s%s", used ? ", " : "", name);
		else
			n = snprintf(buf + used, size - used, "%ssubarch%u", used ? ", " : "", s);
		if (n < 0)
			break;
		used += (size_t)n;
	}
	return used;
}

const char *plan_mask_names(linktable_subarch_mask_t mask, char *buf, size_t size)
{
	buf[0] = 0;
	if (mask == LINKTABLE_SUBARCHS_ALL) {
		snprintf(buf, size, "all");
	} else if (__builtin_popcount(mask) > LINKTABLE_SUBARCH_MAX / 2) {
		/* LINKTABLE_SUBARCHS_EXCEPT(): say what is left out */
		int n = snprintf(buf, size, "all except ");

		if (n > 0 && (size_t)n < size)
			append_names(~mask, buf + n, size - (size_t)n, 0);
	} else {
		append_names(mask, buf, size, 0);
	}
	return buf;
}

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

/* ---- Ordering -------------------------------------------------------------- */

/* Ready steps, smallest (level, name) first.  Each heap entry carries its
 * step's sort key - the level in the top byte, then the name's first 7
 * bytes in byte order - so sifting reads only the heap array; names are
 * compared only when keys tie.  (At a million steps the heap is bound by
 * cache misses, not by instructions.) */
struct heap_entry {
	uint64_t key;
	size_t id;
};

struct heap {
	struct heap_entry *e;
	size_t len;
	const struct linktable_init_step **steps;
};

static uint64_t sort_key(const struct linktable_init_step *s)
{
	uint64_t k = (uint64_t)(s->level & 0xff) << 56;
	size_t i;

	for (i = 0; i < 7 && s->name[i]; i++)
		k |= (uint64_t)(unsigned char)s->name[i] << (48 - 8 * i);
	return k;
}

static int before(const struct heap *h, const struct heap_entry *a, const struct heap_entry *b)
{
	const struct linktable_init_step *x, *y;
	int c;

	if (a->key != b->key)
		return a->key < b->key;
	x = h->steps[a->id];
	y = h->steps[b->id];
	if (x->level != y->level) /* only for levels out of range, refused anyway */
		return x->level < y->level;
	c = strcmp(x->name, y->name);
	return c ? c < 0 : a->id < b->id; /* equal names only with a duplicate error */
}

static void heap_push(struct heap *h, size_t id)
{
	struct heap_entry in = { sort_key(h->steps[id]), id };
	size_t i = h->len++;

	while (i > 0 && before(h, &in, &h->e[(i - 1) / 2])) {
		h->e[i] = h->e[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->e[i] = in;
}

static size_t heap_pop(struct heap *h)
{
	size_t top = h->e[0].id, i = 0;
	struct heap_entry last = h->e[--h->len];

	for (;;) {
		size_t c = 2 * i + 1;

		if (c >= h->len)
			break;
		if (c + 1 < h->len && before(h, &h->e[c + 1], &h->e[c]))
			c++;
		if (!before(h, &h->e[c], &last))
			break;
		h->e[i] = h->e[c];
		i = c;
	}
	if (h->len)
		h->e[i] = last;
	return top;
}

/* Reports the dependency cycles among the steps Kahn could not order
 * (pending[i] > 0): from each, follow unordered dependencies until a step
 * repeats.  Each cycle is printed once, from where the walk entered it. */
static int report_cycles(struct linktable_plan *plan, const size_t *pending)
{
	size_t n = plan->nsteps, i, walk = 0;
	size_t *seen = calloc(n ? n : 1, sizeof(size_t)); /* walk number + 1 */

	if (!seen)
		return -1;
	for (i = 0; i < n; i++) {
		size_t v = i, start, k, len = 0, cap;
		char *text;

		if (!pending[i] || seen[i])
			continue;
		walk++;
		while (!seen[v]) {
			seen[v] = walk;
			for (k = plan->dep_start[v]; k < plan->dep_start[v + 1]; k++)
				if (pending[plan->dep_id[k]])
					break;
			v = plan->dep_id[k]; /* a pending step always has a pending dependency */
		}
		if (seen[v] != walk)
			continue; /* ran into a cycle reported already */
		start = v;
		cap = 64;
		do {
			cap += strlen(plan->steps[v]->name) + 4;
			for (k = plan->dep_start[v]; !pending[plan->dep_id[k]]; k++)
				;
			v = plan->dep_id[k];
		} while (v != start);
		text = malloc(cap);
		if (!text) {
			free(seen);
			return -1;
		}
		v = start;
		do {
			len += (size_t)sprintf(text + len, "%s -> ", plan->steps[v]->name);
			for (k = plan->dep_start[v]; !pending[plan->dep_id[k]]; k++)
				;
			v = plan->dep_id[k];
		} while (v != start);
		sprintf(text + len, "%s", plan->steps[start]->name);
		plan_error(plan, "dependency cycle: %s (each step depends on the next)", text);
		free(text);
	}
	free(seen);
	return 0;
}

/* Orders every step; fills plan->order with the ones for plan->subarch.
 * Returns -1 when out of memory. */
static int order_steps(struct linktable_plan *plan)
{
	size_t n = plan->nsteps, done = 0, i, k, *pending;
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(plan->subarch);
	struct heap h = { malloc((n ? n : 1) * sizeof(struct heap_entry)), 0, plan->steps };

	pending = malloc((n ? n : 1) * sizeof(size_t));
	plan->order = malloc((n ? n : 1) * sizeof(size_t));
	if (!h.e || !pending || !plan->order) {
		free(h.e);
		free(pending);
		return -1;
	}
	for (i = 0; i < n; i++) {
		pending[i] = plan->dep_start[i + 1] - plan->dep_start[i];
		plan->dropped[i] = (plan->steps[i]->subarchs & bit) ? LINKTABLE_PLAN_KEPT
								       : LINKTABLE_PLAN_UNSUPPORTED;
		if (!pending[i])
			heap_push(&h, i);
	}
	while (h.len) {
		size_t id = heap_pop(&h);

		done++;
		if (!plan->dropped[id])
			plan->order[plan->norder++] = id;
		for (k = plan->rdep_start[id]; k < plan->rdep_start[id + 1]; k++)
			if (--pending[plan->rdep_id[k]] == 0)
				heap_push(&h, plan->rdep_id[k]);
	}
	free(h.e);
	if (done < n && report_cycles(plan, pending) < 0) {
		free(pending);
		return -1;
	}
	free(pending);
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
	if (resolve_deps(plan, &ix) < 0 || build_rdeps(plan) < 0 || order_steps(plan) < 0)
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
