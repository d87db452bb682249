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

/* The index of the lowest set bit of @w (not 0), without a builtin that
 * may call libgcc: w & -w times a de Bruijn sequence B(2, 6) has a
 * distinct top 6 bits for each of the 64 single bits; the table maps them
 * back (it is made by setting tab[(C << i) >> 58] = i for i = 0..63). */
static unsigned int lowest_bit(unsigned long long w)
{
	static const unsigned char tab[64] = {
		0,  1,  2,  53, 3,  7,  54, 27, 4,  38, 41, 8,  34, 55, 48, 28, 62, 5,  39, 46, 44, 42,
		22, 9,  24, 35, 59, 56, 49, 18, 29, 11, 63, 52, 6,  26, 37, 40, 33, 47, 61, 45, 43, 21,
		23, 58, 17, 10, 51, 25, 36, 32, 60, 20, 57, 16, 50, 31, 19, 15, 30, 14, 13, 12,
	};

	return tab[((w & (0 - w)) * 0x022fdd63cc95386dull) >> 58];
}

/* Sorts the @n entries of @a, using @b (n entries) too; returns the one of
 * @a, @b that holds the result.  The level is the key's top byte: the
 * entries are first spread by level (a counting sort, O(n)) and only each
 * level's are compared - none at all for a level with one step.  The
 * levels in use are kept in a bitmap and visited lowest bit first, so the
 * cost is per entry and per level in use, never per level of the range
 * (a 30-step table over levels 0..97 paid for 98 levels three times). */
static struct heap_entry *sort_entries(struct heap_entry *a, struct heap_entry *b, linktable__size_t n,
				       const struct linktable_init_step *const *steps)
{
	unsigned long long used[4] = { 0, 0, 0, 0 }, w;
	unsigned int count[256], v, word, levels = 0; /* n < 2^32: lay_out() refuses more */
	linktable__size_t i, start, end;

	if (n <= RUN) /* one insertion sort: cheaper than spreading */
		return sort_run(a, b, n, steps);
	for (i = 0; i < n; i++) {
		unsigned long long bit;

		v = (unsigned int)(a[i].key >> 56);
		bit = 1ull << (v & 63);
		if (!(used[v >> 6] & bit)) {
			used[v >> 6] |= bit;
			count[v] = 0;
			levels++;
		}
		count[v]++;
	}
	if (levels == 1)
		return sort_run(a, b, n, steps); /* one level: nothing to spread */
	for (word = 0, start = 0; word < 4; word++) /* each level's first place */
		for (w = used[word]; w; w &= w - 1) {
			unsigned int c;

			v = word * 64 + lowest_bit(w);
			c = count[v];
			count[v] = (unsigned int)start;
			start += c;
		}
	for (i = 0; i < n; i++)
		b[count[a[i].key >> 56]++] = a[i];
	/* count[v] is now where level v ends */
	for (word = 0, start = 0; word < 4; word++)
		for (w = used[word]; w; w &= w - 1, start = end) {
			end = count[word * 64 + lowest_bit(w)];
			if (end - start > 1 && sort_run(b + start, a + start, end - start, steps) != b + start) {
				linktable__size_t k;

				for (k = start; k < end; k++)
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

/* The order from @sorted (all n steps by rank, in scratch->spare or
 * scratch->heap; plan->dropped set): @check 0 when no dependency can rank
 * after its dependent (each lies at a lower level), else ranks are
 * compared and Kahn runs when one does. */
static void order_sorted(struct linktable_plan *plan, const struct linktable__plan_scratch *scratch,
			 const struct heap_entry *sorted, int check)
{
	linktable__size_t n = plan->nsteps, done = 0, i, k, r, len = 0, *pending = plan->unordered;
	linktable__size_t *rank = scratch->seen, *heap;
	const linktable__size_t *ds = plan->dep_start, *di = plan->dep_id;

	if (check) {
		for (r = 0; r < n; r++)
			rank[sorted[r].id] = r;
		/* Kahn would pop the steps in rank order if every dependency
		 * ranks before its dependent: the smallest step left is then
		 * always ready. */
		for (i = 0; i < n; i++)
			for (k = ds[i]; k < ds[i + 1]; k++)
				if (rank[di[k]] >= rank[i])
					goto kahn;
	}
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

void linktable__plan_order_steps(struct linktable_plan *plan, const struct linktable__plan_scratch *scratch)
{
	linktable__size_t n = plan->nsteps, i;
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(plan->subarch);
	const struct linktable_init_step *const *steps = plan->steps;
	struct heap_entry *sorted = (struct heap_entry *)scratch->spare;

	for (i = 0; i < n; i++) {
		sorted[i].key = scratch->keys ? scratch->keys[i] : sort_key(steps[i]);
		sorted[i].id = i;
		plan->dropped[i] = (steps[i]->subarchs & bit) ? LINKTABLE_PLAN_KEPT : LINKTABLE_PLAN_UNSUPPORTED;
	}
	order_sorted(plan, scratch, sort_entries(sorted, (struct heap_entry *)scratch->heap, n, steps), 1);
}

void linktable__plan_order_levels(struct linktable_plan *plan, const struct linktable__plan_scratch *scratch,
				  struct linktable__plan_levels *lv, const unsigned long long *keys, int all_kept)
{
	linktable__size_t n = plan->nsteps, i, start = 0, p;
	const struct linktable_init_step *const *steps = plan->steps;
	struct heap_entry *sorted = (struct heap_entry *)scratch->spare, *other = (struct heap_entry *)scratch->heap;
	unsigned int word, m = 0, v;
	/* Levels holding more than one step, and where each begins. */
	unsigned char multi[LINKTABLE_LEVELS];
	linktable__size_t multi_start[LINKTABLE_LEVELS];

	/* Each level's first place: a few instructions per level, so over
	 * all of them for a table of more steps than half the levels,
	 * else over only the levels in use, found in a bitmap (a few
	 * instructions more per step). */
#define FIRST_PLACE(v) \
	do { \
		unsigned int c_ = lv->count[v]; \
		if (c_ > 1) { \
			multi[m] = (unsigned char)(v); \
			multi_start[m++] = start; \
		} \
		lv->count[v] = (unsigned int)start; \
		start += c_; \
	} while (0)
	if (2 * n > LINKTABLE_LEVELS) {
		for (v = 0; v < LINKTABLE_LEVELS; v++)
			FIRST_PLACE(v);
	} else {
		unsigned long long used[(LINKTABLE_LEVELS + 63) / 64] = { 0 };

		for (i = 0; i < n; i++)
			used[(keys[i] >> 56) / 64] |= 1ull << ((keys[i] >> 56) % 64);
		for (word = 0; word < sizeof(used) / sizeof(used[0]); word++)
			for (unsigned long long w = used[word]; w; w &= w - 1) {
				v = word * 64 + lowest_bit(w);
				FIRST_PLACE(v);
			}
	}
#undef FIRST_PLACE
	if (!m && all_kept) {
		/* A step per level, every one kept: a step's place is its
		 * level's, nothing compared (no dependency can lie at its
		 * dependent's level, so none ranks after it). */
		for (i = 0; i < n; i++)
			plan->order[lv->count[keys[i] >> 56]] = i;
		plan->norder = n;
		return;
	}
	for (i = 0; i < n; i++) {
		p = lv->count[keys[i] >> 56]++;
		sorted[p].key = keys[i];
		sorted[p].id = i;
	}
	for (word = 0; word < m; word++) { /* lv->count[v] is now where level v ends */
		linktable__size_t lo = multi_start[word], hi = lv->count[multi[word]];

		if (sort_run(sorted + lo, other + lo, hi - lo, steps) != sorted + lo)
			for (p = lo; p < hi; p++)
				sorted[p] = other[p];
	}
	/* Ranks compared only when a level holds more than one step: else
	 * every dependency lies at a lower level, ranked before. */
	order_sorted(plan, scratch, sorted, m > 0);
}
