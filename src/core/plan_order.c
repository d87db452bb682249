/* SPDX-License-Identifier: MIT */
/*
 * Ordering a validated step graph: Kahn's algorithm on a min-heap keyed by
 * (level, name), and the cycles it cannot order.
 *
 * Because every dependency's level is <= its dependent's (a checked rule),
 * popping the smallest (level, name) among ready steps yields ascending
 * levels; ties fall to the name, never to link order.  O((n + e) log n).
 */
#include "plan_internal.h"

/* Ready steps, smallest (level, name) first.  Each heap entry carries its
 * step's sort key - the level in the top byte, then the name's first 7
 * bytes in byte order - so sifting reads only the heap array; names are
 * compared only when keys tie.  (At a million steps the heap is bound by
 * cache misses, not by instructions.) */
struct heap_entry {
	unsigned long long key;
	linktable__size_t id;
};

struct heap {
	struct heap_entry *e;
	linktable__size_t len;
	const struct linktable_init_step **steps;
};

linktable__size_t linktable__plan_heap_entry_size(void)
{
	return sizeof(struct heap_entry);
}

static unsigned long long sort_key(const struct linktable_init_step *s)
{
	unsigned long long k = (unsigned long long)(s->level & 0xff) << 56;
	unsigned int i;

	for (i = 0; i < 7 && s->name[i]; i++)
		k |= (unsigned long long)(unsigned char)s->name[i] << (48 - 8 * i);
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
	c = linktable__strcmp(x->name, y->name);
	return c ? c < 0 : a->id < b->id; /* equal names only with a duplicate error */
}

static void heap_push(struct heap *h, linktable__size_t id)
{
	struct heap_entry in = { sort_key(h->steps[id]), id };
	linktable__size_t i = h->len++;

	while (i > 0 && before(h, &in, &h->e[(i - 1) / 2])) {
		h->e[i] = h->e[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h->e[i] = in;
}

static linktable__size_t heap_pop(struct heap *h)
{
	linktable__size_t top = h->e[0].id, i = 0;
	struct heap_entry last = h->e[--h->len];

	for (;;) {
		linktable__size_t c = 2 * i + 1;

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

/* Records the dependency cycles among the steps Kahn could not order
 * (unordered[i] > 0): from each, follow the first unordered dependency
 * until a step repeats.  Each cycle is recorded once, by the step where the
 * walk entered it; linktable_plan_error_text() walks it again to name it. */
static void record_cycles(struct linktable_plan *plan, linktable__size_t *seen)
{
	const linktable__size_t *pending = plan->unordered;
	linktable__size_t n = plan->nsteps, i, k, walk = 0;

	memset(seen, 0, n * sizeof(*seen));
	for (i = 0; i < n; i++) {
		linktable__size_t v = i;

		if (!pending[i] || seen[i])
			continue;
		walk++;
		while (!seen[v]) {
			seen[v] = walk;
			for (k = plan->dep_start[v]; k < plan->dep_start[v + 1]; k++)
				if (pending[plan->dep_id[k]])
					break;
			v = plan->dep_id[k]; /* an unordered step always has an unordered dependency */
		}
		if (seen[v] == walk)
			linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_CYCLE, v, v, 0);
	}
}

void linktable__plan_order_steps(struct linktable_plan *plan, const struct linktable__plan_scratch *scratch)
{
	linktable__size_t n = plan->nsteps, done = 0, i, k, *pending = plan->unordered;
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(plan->subarch);
	struct heap h = { (struct heap_entry *)scratch->heap, 0, plan->steps };

	for (i = 0; i < n; i++) {
		pending[i] = plan->dep_start[i + 1] - plan->dep_start[i];
		plan->dropped[i] = (plan->steps[i]->subarchs & bit) ? LINKTABLE_PLAN_KEPT
								       : LINKTABLE_PLAN_UNSUPPORTED;
		if (!pending[i])
			heap_push(&h, i);
	}
	while (h.len) {
		linktable__size_t id = heap_pop(&h);

		done++;
		if (!plan->dropped[id])
			plan->order[plan->norder++] = id;
		for (k = plan->rdep_start[id]; k < plan->rdep_start[id + 1]; k++)
			if (--pending[plan->rdep_id[k]] == 0)
				heap_push(&h, plan->rdep_id[k]);
	}
	if (done < n)
		record_cycles(plan, scratch->seen);
}
