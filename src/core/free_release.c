/* SPDX-License-Identifier: MIT */
/*
 * free_release.c - releasing init-only and other-subarch ranges: which pages,
 * in what order, and the bookkeeping.  Part of the freestanding core: the
 * program's struct linktable_env releases the pages.
 */
#include <linktable/free.h>
#include <linktable/subarch.h>

#include "free_registry.h"

/* errno values, spelled here so that no libc header is needed */
#define LTX_EINVAL 22
#define LTX_ENOSPC 28

static struct linktable__free_released released[LINKTABLE__FREE_MAX_RELEASED];
/* Grown with a seq_cst store after its slot is filled, read with acquire
 * loads: the fault reporter may read it in a signal handler or on another
 * thread.  (A store, not a fence: on x86 clang makes a seq_cst fence an
 * mfence, an SSE2 instruction that a freestanding kernel's CPU may lack;
 * the store is an xchg.) */
static unsigned int released_count;

static unsigned int released_now(void)
{
	return __atomic_load_n(&released_count, __ATOMIC_ACQUIRE);
}

static linktable__uintptr_t round_up(linktable__uintptr_t a, linktable__uintptr_t align)
{
	return (a + align - 1) & ~(align - 1);
}

static linktable__uintptr_t round_down(linktable__uintptr_t a, linktable__uintptr_t align)
{
	return a & ~(align - 1);
}

static const struct linktable__free_released *released_range(const char *begin)
{
	unsigned int i, n = released_now();

	for (i = 0; i < n; i++)
		if (released[i].begin == begin)
			return &released[i];
	return (const struct linktable__free_released *)0;
}

const struct linktable__free_released *linktable__free_released_at(const void *addr)
{
	linktable__uintptr_t a = (linktable__uintptr_t)addr;
	unsigned int i, n = released_now();

	for (i = 0; i < n; i++)
		if (a >= (linktable__uintptr_t)released[i].pages &&
		    a < (linktable__uintptr_t)released[i].pages_end)
			return &released[i];
	return (const struct linktable__free_released *)0;
}

int linktable_free_is_released(const void *addr)
{
	linktable__uintptr_t a = (linktable__uintptr_t)addr;
	unsigned int i, n = released_now();

	for (i = 0; i < n; i++)
		if (a >= (linktable__uintptr_t)released[i].begin &&
		    a < (linktable__uintptr_t)released[i].end)
			return 1;
	return 0;
}

const struct linktable_free_range *linktable_free_find(const struct linktable_free_set *set,
							  const void *addr)
{
	unsigned int i;

	if (!set)
		return (const struct linktable_free_range *)0;
	for (i = 0; i < set->count && i < LINKTABLE_FREE_RANGES; i++) {
		const struct linktable_free_range *r = &set->ranges[i];

		if (linktable_range_contains(r->range, addr))
			return r;
	}
	return (const struct linktable_free_range *)0;
}

static long long measure(const struct linktable_env *ops)
{
	return ops->resident ? ops->resident(ops->ctx) : -1;
}

static int fail(struct linktable_free_report *out, int err, const char *why)
{
	out->error = why;
	return -err;
}

/*
 * The pages of @r that may be released: from the range's start (page-aligned
 * by its head marker) up to its end marker when that lies on the first page
 * boundary after the range - then nothing else shares the last page.
 * Otherwise the partial last page is kept.
 */
static void pages_of(const struct linktable_free_range *r, linktable__uintptr_t page,
		     linktable__uintptr_t *start, linktable__uintptr_t *end, int *tail_kept)
{
	const char *b = r->range->begin, *e = r->range->end, *tail = r->tail;
	linktable__uintptr_t eb, te;

	LTX_LAUNDER(b);
	LTX_LAUNDER(e);
	LTX_LAUNDER(tail);
	eb = (linktable__uintptr_t)e;
	te = (linktable__uintptr_t)tail;
	*start = round_up((linktable__uintptr_t)b, page);
	if (tail && te % LINKTABLE_FREE_ALIGN == 0 && te == round_up(eb, LINKTABLE_FREE_ALIGN)) {
		*end = round_down(te, page);
		*tail_kept = 0;
	} else {
		*end = round_down(eb, page);
		*tail_kept = eb % page != 0;
	}
	if (*end < *start)
		*end = *start;
}

/* A range's label: the subarch's registered name where it has one (a
 * program-defined subarch's range is labelled with its NAME until then). */
static const char *label_of(const struct linktable_free_range *r)
{
	const char *name = r->subarch >= 0 ? linktable_subarch_name((unsigned int)r->subarch) : (const char *)0;

	return name ? name : r->label;
}

/* Addresses that keep a range: the program's, then the env's hooks. */
struct keep {
	const void *const *in_use;
	linktable__size_t n;
};

static const void *hook_addr(const struct linktable_env *ops, unsigned int k)
{
	switch (k) {
	case 0: return (const void *)ops->release;
	case 1: return (const void *)ops->resident;
	case 2: return (const void *)ops->write;
	case 3: return (const void *)ops->clock_ns;
	case 4: return (const void *)ops->lock;
	case 5: return (const void *)ops->unlock;
	default: return (const void *)0;
	}
}

/* The first address still in use inside @r, or NULL. */
static const void *used_in(const struct linktable_free_range *r, const struct linktable_env *ops,
			   const struct keep *keep)
{
	linktable__size_t i;
	unsigned int k;
	const void *a;

	for (i = 0; keep && i < keep->n; i++)
		if (keep->in_use[i] && linktable_range_contains(r->range, keep->in_use[i]))
			return keep->in_use[i];
	for (k = 0; k < 6; k++) {
		a = hook_addr(ops, k);
		if (a && linktable_range_contains(r->range, a))
			return a;
	}
	return (const void *)0;
}

static int release_one(const struct linktable_free_range *r, const struct linktable_env *ops,
		       linktable__uintptr_t page, struct linktable_free_report *out, const struct keep *keep)
{
	struct linktable_free_range_report *rr = &out->range[out->count++];
	const char *b = r->range->begin, *e = r->range->end;
	linktable__uintptr_t start, end;
	struct linktable__free_released *slot;
	int err;

	LTX_LAUNDER(b);
	LTX_LAUNDER(e);
	rr->name = r->range->name;
	rr->label = label_of(r);
	rr->rss_before = rr->rss_after = -1;
	if (!b || e <= b)
		return 0;
	rr->annotated = (linktable__size_t)(e - b);
	out->annotated += rr->annotated;
	if (released_range(b)) {
		rr->already = 1;
		return 0;
	}
	rr->in_use = keep ? used_in(r, ops, keep) : (const void *)0;
	if (rr->in_use)
		return 0; /* still needed: kept whole */
	if (released_count >= LINKTABLE__FREE_MAX_RELEASED)
		return fail(out, LTX_ENOSPC, "linktable_free: too many released ranges in this process");
	pages_of(r, page, &start, &end, &rr->tail_kept);
	rr->rss_before = measure(ops);

	/* Publish the range to the fault reporter before the pages go: another
	 * thread may call into them the moment they are protected.  Fill the
	 * slot first, then grow the count the signal handler reads. */
	slot = &released[released_count];
	slot->begin = b;
	slot->end = e;
	slot->pages = (const char *)start;
	slot->pages_end = (const char *)end;
	slot->name = r->range->name;
	slot->label = rr->label;
	slot->is_text = r->is_text;
	__atomic_store_n(&released_count, released_count + 1, __ATOMIC_SEQ_CST);
	if (end > start) {
		err = ops->release(ops->ctx, (void *)start, (linktable__size_t)(end - start), rr->name);
		if (err) {
			__atomic_store_n(&released_count, released_count - 1, __ATOMIC_SEQ_CST); /* nothing was released */
			return fail(out, err < 0 ? -err : LTX_EINVAL,
				    "linktable_free: the release hook failed (see its message)");
		}
	}
	rr->released = (linktable__size_t)(end - start);
	out->released += rr->released;
	rr->rss_after = measure(ops);
	return 0;
}

/* Release the init-only ranges of @set (@init), or the ranges of every
 * subarch but @keep_subarch. */
static int release_ranges(const struct linktable_free_set *set, const struct linktable_env *ops,
			  struct linktable_free_report *out, int init, unsigned int keep_subarch,
			  const struct keep *keep)
{
	linktable__uintptr_t page;
	unsigned int i;
	int err = 0;

	out->rss_before = out->rss_after = -1;
	if (!set)
		return fail(out, LTX_EINVAL,
			    "linktable_free: no range set (pass LINKTABLE_FREE_SET, defined by LINKTABLE_FREE_RANGES_DEFINE())");
	if (set->count > LINKTABLE_FREE_RANGES)
		return fail(out, LTX_EINVAL, "linktable_free: corrupt range set (too many ranges)");
	if (!ops)
		return fail(out, LTX_EINVAL,
			    "linktable_free: no environment (pass linktable_posix_env() in user space, or a struct linktable_env with a release hook)");
	if (!ops->release)
		return fail(out, LTX_EINVAL, "linktable_free: env->release is NULL");
	page = ops->page_size ? ops->page_size : LINKTABLE_FREE_ALIGN;
	if (page & (page - 1))
		return fail(out, LTX_EINVAL, "linktable_free: env->page_size is not a power of two");
	out->rss_before = measure(ops);
	for (i = 0; i < set->count; i++) {
		const struct linktable_free_range *r = &set->ranges[i];

		if (init ? r->subarch >= 0 : r->subarch < 0 || (unsigned int)r->subarch == keep_subarch)
			continue;
		err = release_one(r, ops, page, out, keep);
		if (err)
			break;
	}
	out->rss_after = measure(ops);
	return out->error ? err : 0;
}

static void report_init(struct linktable_free_report *out, const char *what)
{
	unsigned char *p = (unsigned char *)out;
	linktable__size_t i;

	for (i = 0; i < sizeof(*out); i++)
		p[i] = 0;
	out->what = what;
}

int linktable_free_init(const struct linktable_free_set *set, const struct linktable_env *ops,
			struct linktable_free_report *out)
{
	struct linktable_free_report scratch;

	if (!out)
		out = &scratch;
	report_init(out, "init");
	return release_ranges(set, ops, out, 1, 0, (const struct keep *)0);
}

int linktable_free_other_subarchs(const struct linktable_free_set *set, unsigned int subarch,
				  const struct linktable_env *ops, struct linktable_free_report *out)
{
	struct linktable_free_report scratch;

	if (!out)
		out = &scratch;
	report_init(out, "other subarchs");
	if (subarch >= LINKTABLE_SUBARCH_MAX) {
		out->rss_before = out->rss_after = -1;
		return fail(out, LTX_EINVAL,
			    "linktable_free_other_subarchs: subarch out of range (must be below LINKTABLE_SUBARCH_MAX = 32)");
	}
	return release_ranges(set, ops, out, 0, subarch, (const struct keep *)0);
}

int linktable_free_keeping(const struct linktable_free_set *set, int init, unsigned int subarch,
			   const struct linktable_env *ops, const void *const *in_use, linktable__size_t n_in_use,
			   struct linktable_free_report *out)
{
	struct linktable_free_report scratch;
	struct keep keep = { in_use, n_in_use };

	if (!out)
		out = &scratch;
	report_init(out, init ? "init" : "other subarchs");
	if (!init && subarch >= LINKTABLE_SUBARCH_MAX) {
		out->rss_before = out->rss_after = -1;
		return fail(out, LTX_EINVAL,
			    "linktable_free_other_subarchs: subarch out of range (must be below LINKTABLE_SUBARCH_MAX = 32)");
	}
	return release_ranges(set, ops, out, init, subarch, &keep);
}
