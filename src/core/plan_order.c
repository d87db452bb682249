/* SPDX-License-Identifier: MIT */
/*
 * Ordering a validated step graph: Kahn's algorithm on a min-heap keyed by
 * (level, name), and the report of the cycles it cannot order.
 *
 * Because every dependency's level is <= its dependent's (a checked rule),
 * popping the smallest (level, name) among ready steps yields ascending
 * levels; ties fall to the name, never to link order.  O((n + e) log n).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

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
int plan_order_steps(struct linktable_plan *plan)
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
