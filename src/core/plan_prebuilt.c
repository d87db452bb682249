/* SPDX-License-Identifier: MIT */
/*
 * The build-time plan: the fingerprint that says whether it still fits the
 * table, the seal that says the build checked it already, and taking it
 * over into a struct linktable_plan without planning.
 */
#include "plan_internal.h"

static unsigned long long mix(unsigned long long h, const void *data, linktable__size_t len)
{
	const unsigned char *p = data;

	while (len--)
		h = (h ^ *p++) * 0x100000001b3ull; /* FNV-1a */
	return h;
}

static unsigned long long mix_u32(unsigned long long h, unsigned int v)
{
	unsigned char b[4] = { (unsigned char)v, (unsigned char)(v >> 8), (unsigned char)(v >> 16),
			       (unsigned char)(v >> 24) };

	return mix(h, b, 4); /* little-endian whatever the host: the tool hashes too */
}

static unsigned long long mix_list(unsigned long long h, const char *const *list)
{
	for (; list && *list; list++)
		h = mix(h, *list, linktable__strlen(*list) + 1);
	return mix(h, "\n", 1);
}

unsigned long long linktable_plan_fingerprint(const struct linktable_init_step *const *steps, linktable__size_t n)
{
	unsigned long long h = 0xcbf29ce484222325ull;
	linktable__size_t i;

	h = mix_u32(h, (unsigned int)n);
	for (i = 0; i < n; i++) {
		const struct linktable_init_step *s = steps[i];

		if (!s || !s->name) {
			h = mix(h, "?", 1);
			continue;
		}
		h = mix(h, s->name, linktable__strlen(s->name) + 1);
		h = mix_u32(h, s->level);
		h = mix_u32(h, s->subarchs);
		h = mix_u32(h, s->flags);
		h = mix_list(h, s->depends);
		h = mix_list(h, s->after);
		h = mix_list(h, s->soft_depends);
		if ((s->provides && *s->provides) || (s->uses && *s->uses)) { /* unchanged fingerprints for tables without resources */
			h = mix_list(h, s->provides);
			h = mix_list(h, s->uses);
		}
	}
	return h;
}

unsigned long long linktable_plan_seal(unsigned long long fingerprint, unsigned long long nsteps)
{
	/* splitmix64's finaliser: a handful of instructions, no loop; a
	 * constant apart from the fingerprint so a seal is never the
	 * fingerprint itself nor 0. */
	unsigned long long h = fingerprint ^ (nsteps * 0x9e3779b97f4a7c15ull) ^ 0x6c696e6b7461626cull; /* "linktabl" */

	h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9ull;
	h = (h ^ (h >> 27)) * 0x94d049bb133111ebull;
	h ^= h >> 31;
	return h ? h : 1;
}

unsigned long long linktable__plan_prebuilt_seal(const struct linktable_prebuilt_plan *pre)
{
	/* "linktable seal" writes the field after the link: the compiler
	 * (LTO included) saw only its initialiser, 0, and must not fold it. */
	return *(const volatile unsigned long long *)&pre->seal;
}

/* ---- Bounds and digest: a plan from the image is input, not trusted ------ */

/* Whether @count elements of @size bytes at @p lie in the plan's object
 * [@pre, @pre + @pre->bytes) (always, for a plan that does not say). */
static int inside(const struct linktable_prebuilt_plan *pre, const void *p, linktable__size_t count,
		  linktable__size_t size)
{
	linktable__uintptr_t base = (linktable__uintptr_t)pre, at = (linktable__uintptr_t)p;

	if (!pre->bytes)
		return 1;
	return at >= base && at - base <= pre->bytes && count <= (pre->bytes - (at - base)) / size;
}

/* What is wrong with @pre's counts and pointers, found before any element
 * of its arrays is read: O(subarchs).  @in_object: also that every array
 * lies within @pre->bytes (not for a copy the tool made of the arrays). */
static const char *shape_problem(const struct linktable_prebuilt_plan *pre, int in_object)
{
	linktable__size_t n, e, z = sizeof(linktable__size_t);
	linktable_subarch_mask_t planned;
	unsigned int s;

	if (!pre)
		return "no plan";
	n = pre->nsteps;
	e = pre->ndeps;
	if (n >= 0xffffffffu || e >= 0xffffffffu)
		return "its step or dependency count is absurd";
	if (!pre->dep_start || !pre->dep_nhard || !pre->dep_nafter || !pre->rdep_start || (e && (!pre->dep_id || !pre->rdep_id)))
		return "a NULL dependency array";
	/* (A copy the tool made is of the host's layout, not the image's.) */
	if (in_object && pre->bytes && pre->bytes < sizeof(*pre))
		return "its size is smaller than the plan";
	if (in_object &&
	    (!inside(pre, pre->dep_start, n + 1, z) || !inside(pre, pre->dep_id, e, z) ||
	     !inside(pre, pre->dep_nhard, n, sizeof(unsigned int)) || !inside(pre, pre->dep_nafter, n, sizeof(unsigned int)) ||
	     !inside(pre, pre->rdep_start, n + 1, z) || !inside(pre, pre->rdep_id, e, z)))
		return "a dependency array lies outside the plan";
	for (s = 0, planned = pre->subarchs; planned; s++, planned >>= 1) {
		if (!(planned & 1))
			continue;
		if (!pre->order[s])
			return "a planned subarch has no order";
		if (pre->norder[s] > n || (in_object && !inside(pre, pre->order[s], pre->norder[s], z)))
			return "an order lies outside the plan or is longer than the step count";
	}
	return (const char *)0;
}

/* One step of the digest: the word's bits reach every higher bit of the
 * state (an odd multiplier is a bijection, so any one word changed changes
 * the digest), two instructions a word; linktable_plan_seal() mixes the
 * result downwards. */
#define DIGEST_MIX(h, v) (((h) ^ (unsigned long long)(v)) * 0x100000001b3ull)

/* The indices @v[0..@count) into @h: 0 when one is @limit or more. */
static int mix_ids(unsigned long long *h, const linktable__size_t *v, linktable__size_t count, linktable__size_t limit)
{
	unsigned long long x = DIGEST_MIX(*h, count);
	linktable__size_t k;

	for (k = 0; k < count; k++) {
		if (v[k] >= limit)
			return 0;
		x = DIGEST_MIX(x, v[k]);
	}
	*h = x;
	return 1;
}

/* The bounds of the arrays' contents, checked in the one pass that also
 * computes the digest (@pre's shape is sound): dep_start and rdep_start
 * ascend from 0 within ndeps, every count fits its list, every id and
 * order entry is below nsteps.  NULL and *@digest, or what is wrong. */
static const char *scan(const struct linktable_prebuilt_plan *pre, unsigned long long *digest)
{
	const linktable__size_t n = pre->nsteps, e = pre->ndeps;
	const linktable__size_t *ds = pre->dep_start, *rs = pre->rdep_start;
	const unsigned int *nhard = pre->dep_nhard, *nafter = pre->dep_nafter;
	unsigned long long h = 0x9ae16a3b2f90404full;
	linktable__size_t i;
	linktable__uintptr_t unplanned = 0;
	linktable_subarch_mask_t planned;
	unsigned int s;

	h = DIGEST_MIX(h, pre->fingerprint);
	h = DIGEST_MIX(h, pre->subarchs);
	h = DIGEST_MIX(h, pre->bytes);
	h = DIGEST_MIX(DIGEST_MIX(h, n), e);
	if (ds[0] != 0)
		return "dep_start does not ascend from 0 to ndeps";
	if (rs[0] != 0)
		return "rdep_start does not ascend from 0 to at most ndeps";
	for (i = 0; i < n; i++) {
		linktable__size_t len = ds[i + 1] - ds[i];

		if (ds[i + 1] < ds[i])
			return "dep_start does not ascend from 0 to ndeps";
		if (rs[i + 1] < rs[i])
			return "rdep_start does not ascend from 0 to at most ndeps";
		if (nhard[i] > len || nafter[i] > len - nhard[i])
			return "a step's hard and order-only dependency counts exceed its list";
		h = DIGEST_MIX(DIGEST_MIX(h, ds[i + 1]), rs[i + 1]);
		h = DIGEST_MIX(h, (unsigned long long)nhard[i] << 32 | nafter[i]);
	}
	if (ds[n] != e)
		return "dep_start does not ascend from 0 to ndeps";
	if (rs[n] > e)
		return "rdep_start does not ascend from 0 to at most ndeps";
	if (!mix_ids(&h, pre->dep_id, e, n))
		return "a dependency id is past the last step";
	if (!mix_ids(&h, pre->rdep_id, rs[n], n))
		return "a dependent id is past the last step";
	for (s = 0, planned = pre->subarchs; s < LINKTABLE_SUBARCH_MAX; s++, planned >>= 1)
		if (!(planned & 1))
			unplanned |= pre->norder[s] | (linktable__uintptr_t)pre->order[s];
		else if (!mix_ids(&h, pre->order[s], pre->norder[s], n))
			return "an order entry is past the last step";
	/* A subarch not planned holds a count of 0 and no order ("linktable
	 * seal" accepts no other): one word covers them all. */
	*digest = DIGEST_MIX(h, unplanned != 0);
	return (const char *)0;
}

const char *linktable_prebuilt_plan_problem(const struct linktable_prebuilt_plan *pre)
{
	unsigned long long digest;
	const char *problem = shape_problem(pre, 1);

	return problem ? problem : scan(pre, &digest);
}

unsigned long long linktable_prebuilt_plan_digest(const struct linktable_prebuilt_plan *pre)
{
	unsigned long long digest = 0;

	if (shape_problem(pre, 0) || scan(pre, &digest))
		return 0;
	return digest;
}

/* Whether @pre carries the seal of a table of @n steps: "linktable seal"
 * checked the plan against this very image, so the table is not hashed;
 * the plan's own arrays are bounds-checked and digested (integers only),
 * in one pass. */
static int sealed(const struct linktable_prebuilt_plan *pre, linktable__size_t n)
{
	unsigned long long seal = linktable__plan_prebuilt_seal(pre), digest;

	return seal && pre->nsteps == n && !shape_problem(pre, 1) && !scan(pre, &digest) &&
	       seal == linktable_plan_seal(digest, n);
}

static int has_subarch(const struct linktable_prebuilt_plan *pre, unsigned int subarch)
{
	return subarch < LINKTABLE_SUBARCH_MAX && (pre->subarchs & LINKTABLE_SUBARCH_BIT(subarch)) &&
	       pre->order[subarch];
}

int linktable__plan_prebuilt_sealed(const struct linktable_prebuilt_plan *pre, linktable__size_t n,
				    unsigned int subarch)
{
	return pre && has_subarch(pre, subarch) && sealed(pre, n);
}

/* plan->dropped while the order is checked: a step the subarch supports
 * that the order has not reached yet (neither KEPT nor UNSUPPORTED). */
#define NOT_YET_RUN 2

/* What the boot relies on in @pre's order for @subarch, checked as
 * plan->dropped is filled: every step that supports the subarch is in it
 * once, no other, and each comes after every dependency of it that the
 * subarch runs.  Ids are below nsteps (the bounds were checked). */
static const char *take_order(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
			      unsigned int subarch)
{
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(subarch);
	const linktable__size_t *order = pre->order[subarch], *dep_start = pre->dep_start, *dep_id = pre->dep_id;
	unsigned char *dropped = plan->dropped;
	linktable__size_t i, k, supported = 0, n = plan->nsteps, norder = pre->norder[subarch];

	for (i = 0; i < n; i++) {
		int runs = (plan->steps[i]->subarchs & bit) != 0;

		dropped[i] = runs ? NOT_YET_RUN : LINKTABLE_PLAN_UNSUPPORTED;
		supported += (linktable__size_t)runs;
	}
	if (norder != supported)
		return "its order does not hold every step the subarch supports";
	for (k = 0; k < norder; k++) {
		linktable__size_t id = order[k];

		if (dropped[id] != NOT_YET_RUN)
			return "its order lists a step twice or one the subarch does not support";
		for (i = dep_start[id]; i < dep_start[id + 1]; i++)
			if (dropped[dep_id[i]] == NOT_YET_RUN)
				return "its order runs a step before one it depends on";
		dropped[id] = LINKTABLE_PLAN_KEPT;
	}
	return (const char *)0;
}

int linktable__plan_take_prebuilt(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
				  unsigned int subarch, int is_sealed)
{
	const char *problem;

	plan->fingerprint = is_sealed ? pre->fingerprint : linktable_plan_fingerprint(plan->steps, plan->nsteps);
	if (!pre)
		return 0;
	if (pre->fingerprint != plan->fingerprint || pre->nsteps != plan->nsteps || !has_subarch(pre, subarch)) {
		plan->prebuilt = -1;
		return 0;
	}
	/* Bounds before any use (a sealed plan's were checked with its seal),
	 * then the order itself: a damaged plan is refused, not followed. */
	problem = is_sealed ? (const char *)0 : linktable_prebuilt_plan_problem(pre);
	if (!problem)
		problem = take_order(plan, pre, subarch);
	if (problem) {
		plan->prebuilt = LINKTABLE_PLAN_PREBUILT_INVALID;
		plan->prebuilt_problem = problem;
		return 0;
	}
	/* The build-time arrays are read-only; the plan's fields are not const
	 * only because run-time plans fill them. */
	plan->dep_start = (linktable__size_t *)pre->dep_start;
	plan->dep_id = (linktable__size_t *)pre->dep_id;
	plan->dep_nhard = (unsigned int *)pre->dep_nhard;
	plan->dep_nafter = (unsigned int *)pre->dep_nafter;
	plan->rdep_start = (linktable__size_t *)pre->rdep_start;
	plan->rdep_id = (linktable__size_t *)pre->rdep_id;
	plan->order = (linktable__size_t *)pre->order[subarch];
	plan->norder = pre->norder[subarch];
	plan->prebuilt = is_sealed ? LINKTABLE_PLAN_PREBUILT_SEALED : 1;
	return 1;
}
