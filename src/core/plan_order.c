/* SPDX-License-Identifier: MIT */
/*
 * Ordering a validated step graph: Kahn's algorithm taking the ready step
 * of smallest (level, name) first, and the cycles it cannot order.
 *
 * Because every dependency's level is <= its dependent's (a checked rule),
 * popping the smallest (level, name) among ready steps yields ascending
 * levels; ties fall to the name, never to link order.  O((n + e) log n).
 */
#include "plan_internal.h"

/* Every step is ranked by its sort key: the level in the top byte, then
 * the name's first 7 bytes in byte order, names compared past them only
 * when keys tie.  Sorting once (merge sort, O(n log n) comparisons of two
 * integers) gives each step its rank; Kahn then picks the ready step of
 * smallest rank, comparing integers, and when the sorted order already has
 * every dependency before its dependent - the usual table, whose
 * dependencies lie at lower levels - that order is the answer and Kahn is
 * not run at all. */
struct heap_entry {
	unsigned long long key;
	linktable__size_t id;
};

linktable__size_t linktable__plan_heap_entry_size(void)
{
	return sizeof(struct heap_entry);
}

/* The key of @s when the name pass did not keep it (a 32-bit size_t). */
static unsigned long long sort_key(const struct linktable_init_step *s)
{
	unsigned long long k = 0;
	const char *name = s->name;
	unsigned int i;

	for (i = 0; i < 7 && name[i]; i++)
		k |= (unsigned long long)(unsigned char)name[i] << (48 - 8 * i);
	return LINKTABLE__PLAN_SORT_KEY(s->level, k);
}

/* @a before @b when their keys tie (rare: names equal in their first 7
 * bytes at one level). */
static int tie_before(const struct linktable_init_step *const *steps, const struct heap_entry *a,
		      const struct heap_entry *b)
{
	const struct linktable_init_step *x, *y;
	int c;

	x = steps[a->id];
	y = steps[b->id];
	if (x->level != y->level) /* only for levels out of range, refused anyway */
		return x->level < y->level;
	/* Equal keys: the first 7 bytes are equal, or both names ended
	 * within them at the same place. */
	if (a->key & 0xff) { /* compared here, no call: long names sharing
			      * a prefix tie often */
		const unsigned char *p = (const unsigned char *)x->name + 7, *q = (const unsigned char *)y->name + 7;

		while (*p && *p == *q) {
			p++;
			q++;
		}
		c = (int)*p - (int)*q;
	} else {
		c = 0;
	}
	return c ? c < 0 : a->id < b->id; /* equal names only with a duplicate error */
}

#define RUN 8
#define BEFORE(a, b) ((a)->key != (b)->key ? (a)->key < (b)->key : tie_before(steps, (a), (b)))

/* Sorts @n entries of @a, using @b (n entries) too; returns the one that
 * holds the result. */
static struct heap_entry *sort_run(struct heap_entry *a, struct heap_entry *b, linktable__size_t n,
				   const struct linktable_init_step *const *steps)
{
	linktable__size_t lo, w, i, j, k;

	for (lo = 0; lo < n; lo += RUN) { /* insertion sort of short runs */
		linktable__size_t hi = n - lo < RUN ? n : lo + RUN;

		for (i = lo + 1; i < hi; i++) {
			struct heap_entry in = a[i];

			for (j = i; j > lo && BEFORE(&in, &a[j - 1]); j--)
				a[j] = a[j - 1];
			a[j] = in;
		}
	}
	for (w = RUN; w < n; w *= 2) { /* then merge runs, from a to b and back */
		struct heap_entry *t;

		for (lo = 0; lo < n; lo += 2 * w) {
			linktable__size_t mid = n - lo < w ? n : lo + w, hi = n - mid < w ? n : mid + w;

			i = lo;
			j = mid;
			k = lo;
			while (i < mid && j < hi)
				b[k++] = BEFORE(&a[j], &a[i]) ? a[j++] : a[i++];
			while (i < mid)
				b[k++] = a[i++];
			while (j < hi)
				b[k++] = a[j++];
		}
		t = a;
		a = b;
		b = t;
	}
	return a;
}

/* Sorts the @n entries of @a, using @b (n entries) and @count (n entries)
 * too; returns the one of @a, @b that holds the result.  The level is the
 * key's top byte: when the levels used span no more than n values, the
 * entries are first spread by level (a counting sort, O(n)) and only each
 * level's are compared - none at all for a level with one step. */
static struct heap_entry *sort_entries(struct heap_entry *a, struct heap_entry *b, linktable__size_t n,
				       linktable__size_t *count, const struct linktable_init_step *const *steps)
{
	unsigned int lo = 255, hi = 0, v;
	linktable__size_t i, start, range, local[LINKTABLE_LEVELS];

	for (i = 0; i < n; i++) {
		v = (unsigned int)(a[i].key >> 56);
		lo = v < lo ? v : lo;
		hi = v > hi ? v : hi;
	}
	range = n ? hi - lo + 1 : 0;
	/* Spreading costs a few instructions per level of the range: worth
	 * it while the range is not far above n (in @count while it fits,
	 * else on the stack: levels are below LINKTABLE_LEVELS in a plan
	 * without errors). */
	if (range < 2 || range > 4 * n || (range > n && range > sizeof(local) / sizeof(local[0])))
		return sort_run(a, b, n, steps);
	if (range > n)
		count = local;
	for (i = 0; i < range; i++)
		count[i] = 0;
	for (i = 0; i < n; i++)
		count[(a[i].key >> 56) - lo]++;
	for (i = 0, start = 0; i < range; i++) { /* each level's first place */
		linktable__size_t c = count[i];

		count[i] = start;
		start += c;
	}
	for (i = 0; i < n; i++)
		b[count[(a[i].key >> 56) - lo]++] = a[i];
	/* count[l] is now where level l ends, the next one's start */
	for (i = 0, start = 0; i < range; start = count[i++]) {
		linktable__size_t len = count[i] - start;

		if (len > 1 && sort_run(b + start, a + start, len, steps) != b + start) {
			linktable__size_t k;

			for (k = start; k < count[i]; k++)
				b[k] = a[k];
		}
	}
	return b;
}

/* Ready steps by rank, smallest first (a binary min-heap of integers). */
static void heap_push(linktable__size_t *h, linktable__size_t *len, linktable__size_t r)
{
	linktable__size_t i = (*len)++;

	while (i > 0 && r < h[(i - 1) / 2]) {
		h[i] = h[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h[i] = r;
}

static linktable__size_t heap_pop(linktable__size_t *h, linktable__size_t *len)
{
	linktable__size_t top = h[0], i = 0, last = h[--*len];

	for (;;) {
		linktable__size_t c = 2 * i + 1;

		if (c >= *len)
			break;
		if (c + 1 < *len && h[c + 1] < h[c])
			c++;
		if (last <= h[c])
			break;
		h[i] = h[c];
		i = c;
	}
	if (*len)
		h[i] = last;
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
	linktable__size_t n = plan->nsteps, done = 0, i, k, r, len = 0, *pending = plan->unordered;
	linktable__size_t *rank = scratch->seen, *heap;
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(plan->subarch);
	const struct linktable_init_step *const *steps = plan->steps;
	struct heap_entry *sorted = (struct heap_entry *)scratch->spare;
	const linktable__size_t *ds = plan->dep_start, *di = plan->dep_id;

	for (i = 0; i < n; i++) {
		sorted[i].key = scratch->keys ? scratch->keys[i] : sort_key(steps[i]);
		sorted[i].id = i;
		plan->dropped[i] = (steps[i]->subarchs & bit) ? LINKTABLE_PLAN_KEPT : LINKTABLE_PLAN_UNSUPPORTED;
	}
	sorted = sort_entries(sorted, (struct heap_entry *)scratch->heap, n, rank, steps);
	for (r = 0; r < n; r++)
		rank[sorted[r].id] = r;
	/* Kahn would pop the steps in rank order if every dependency ranks
	 * before its dependent: the smallest step left is then always ready. */
	for (i = 0; i < n; i++)
		for (k = ds[i]; k < ds[i + 1]; k++)
			if (rank[di[k]] >= rank[i])
				goto kahn;
	for (r = 0; r < n; r++)
		if (!plan->dropped[sorted[r].id])
			plan->order[plan->norder++] = sorted[r].id;
	return; /* plan->unordered stays all 0: everything ordered */
kahn:
	/* The heap of ranks goes in whichever area the sort left free. */
	heap = sorted == (struct heap_entry *)scratch->spare ? (linktable__size_t *)scratch->heap
							     : (linktable__size_t *)scratch->spare;
	for (i = 0; i < n; i++) {
		pending[i] = ds[i + 1] - ds[i];
		if (!pending[i])
			heap_push(heap, &len, rank[i]);
	}
	while (len) {
		linktable__size_t id = sorted[heap_pop(heap, &len)].id;

		done++;
		if (!plan->dropped[id])
			plan->order[plan->norder++] = id;
		for (k = plan->rdep_start[id]; k < plan->rdep_start[id + 1]; k++)
			if (--pending[plan->rdep_id[k]] == 0)
				heap_push(heap, &len, rank[plan->rdep_id[k]]);
	}
	if (done < n)
		record_cycles(plan, scratch->seen);
}
