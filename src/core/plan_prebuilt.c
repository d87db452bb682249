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

/* ---- Bounds: a plan from the image is input, not trusted ------------------ */

/* The hard, order-only and soft counts fit the list of @len entries. */
static int counts_fit(unsigned int hard, unsigned int after, linktable__size_t len)
{
	return hard <= len && after <= len - hard;
}

/* Index array @v of @n entries: every entry below @limit. */
static int ids_below(const linktable__size_t *v, linktable__size_t n, linktable__size_t limit)
{
	linktable__size_t k;

	for (k = 0; k < n; k++)
		if (v[k] >= limit)
			return 0;
	return 1;
}

/* @start (n + 1 entries) ascends from 0 and ends at most at @e. */
static int starts_ascend(const linktable__size_t *start, linktable__size_t n, linktable__size_t e)
{
	linktable__size_t i;

	if (start[0] != 0)
		return 0;
	for (i = 0; i < n; i++)
		if (start[i + 1] < start[i])
			return 0;
	return start[n] <= e;
}

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

const char *linktable_prebuilt_plan_problem(const struct linktable_prebuilt_plan *pre)
{
	linktable__size_t n, e, i, z = sizeof(linktable__size_t);
	unsigned int s;

	if (!pre)
		return "no plan";
	n = pre->nsteps;
	e = pre->ndeps;
	if (n >= 0xffffffffu || e >= 0xffffffffu)
		return "its step or dependency count is absurd";
	if (!pre->dep_start || !pre->dep_nhard || !pre->dep_nafter || !pre->rdep_start || (e && (!pre->dep_id || !pre->rdep_id)))
		return "a NULL dependency array";
	if (pre->bytes && pre->bytes < sizeof(*pre))
		return "its size is smaller than the plan";
	/* before a single element is read: every array inside the object */
	if (!inside(pre, pre->dep_start, n + 1, z) || !inside(pre, pre->dep_id, e, z) ||
	    !inside(pre, pre->dep_nhard, n, sizeof(unsigned int)) || !inside(pre, pre->dep_nafter, n, sizeof(unsigned int)) ||
	    !inside(pre, pre->rdep_start, n + 1, z) || !inside(pre, pre->rdep_id, e, z))
		return "a dependency array lies outside the plan";
	for (s = 0; s < LINKTABLE_SUBARCH_MAX; s++)
		if ((pre->subarchs & LINKTABLE_SUBARCH_BIT(s)) && pre->order[s] &&
		    (pre->norder[s] > n || !inside(pre, pre->order[s], pre->norder[s], z)))
			return "an order lies outside the plan or is longer than the step count";
	if (!starts_ascend(pre->dep_start, n, e) || pre->dep_start[n] != e)
		return "dep_start does not ascend from 0 to ndeps";
	if (!starts_ascend(pre->rdep_start, n, e))
		return "rdep_start does not ascend from 0 to at most ndeps";
	for (i = 0; i < n; i++)
		if (!counts_fit(pre->dep_nhard[i], pre->dep_nafter[i], pre->dep_start[i + 1] - pre->dep_start[i]))
			return "a step's hard and order-only dependency counts exceed its list";
	if (!ids_below(pre->dep_id, e, n))
		return "a dependency id is past the last step";
	if (!ids_below(pre->rdep_id, pre->rdep_start[n], n))
		return "a dependent id is past the last step";
	for (s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		if (!(pre->subarchs & LINKTABLE_SUBARCH_BIT(s)))
			continue;
		if (!pre->order[s])
			return "a planned subarch has no order";
		if (pre->norder[s] > n)
			return "an order count is larger than the step count";
		if (!ids_below(pre->order[s], pre->norder[s], n))
			return "an order entry is past the last step";
	}
	return (const char *)0;
}

/* ---- The digest: every count, index and order of the plan ----------------- */

static unsigned long long mix_word(unsigned long long h, unsigned long long v)
{
	h = (h ^ v) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

static unsigned long long mix_ids(unsigned long long h, const linktable__size_t *v, linktable__size_t n)
{
	linktable__size_t k;

	h = mix_word(h, n);
	for (k = 0; k < n; k++)
		h = mix_word(h, v[k]);
	return h;
}

unsigned long long linktable_prebuilt_plan_digest(const struct linktable_prebuilt_plan *pre)
{
	linktable__size_t n = pre->nsteps, i;
	unsigned long long h = 0x9ae16a3b2f90404full;
	unsigned int s;

	h = mix_word(h, pre->fingerprint);
	h = mix_word(h, pre->subarchs);
	h = mix_word(h, pre->bytes);
	h = mix_ids(h, pre->dep_start, n + 1);
	h = mix_ids(h, pre->dep_id, pre->ndeps);
	for (i = 0; i < n; i++)
		h = mix_word(mix_word(h, pre->dep_nhard[i]), pre->dep_nafter[i]);
	h = mix_ids(h, pre->rdep_start, n + 1);
	h = mix_ids(h, pre->rdep_id, pre->rdep_start[n]);
	/* subarchs not planned hold a count of 0 and no order: covered too */
	for (s = 0; s < LINKTABLE_SUBARCH_MAX; s++)
		if (pre->subarchs & LINKTABLE_SUBARCH_BIT(s))
			h = mix_ids(mix_word(h, s), pre->order[s], pre->norder[s]);
		else
			h = mix_word(mix_word(h, pre->norder[s]), pre->order[s] != (const linktable__size_t *)0);
	return h;
}

/* Whether @pre carries the seal of a table of @n steps: "linktable seal"
 * checked the plan against this very image, so the table is not hashed;
 * the plan's own arrays are bounds-checked and digested (integers only). */
static int sealed(const struct linktable_prebuilt_plan *pre, linktable__size_t n)
{
	unsigned long long seal = linktable__plan_prebuilt_seal(pre);

	return seal && pre->nsteps == n && !linktable_prebuilt_plan_problem(pre) &&
	       seal == linktable_plan_seal(linktable_prebuilt_plan_digest(pre), n);
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

/* What the boot relies on in @pre's order for @subarch, checked with
 * plan->dropped as scratch (0: not yet run, 1: run): every step that
 * supports the subarch is in it once, no other, and each comes after every
 * dependency of it that is in the plan. */
static const char *order_problem(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
				 unsigned int subarch)
{
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(subarch);
	const linktable__size_t *order = pre->order[subarch];
	linktable__size_t i, k, supported = 0;

	for (i = 0; i < plan->nsteps; i++) {
		plan->dropped[i] = 0;
		supported += (plan->steps[i]->subarchs & bit) != 0;
	}
	if (pre->norder[subarch] != supported)
		return "its order does not hold every step the subarch supports";
	for (k = 0; k < pre->norder[subarch]; k++) {
		linktable__size_t id = order[k];

		if (plan->dropped[id] || !(plan->steps[id]->subarchs & bit))
			return "its order lists a step twice or one the subarch does not support";
		for (i = pre->dep_start[id]; i < pre->dep_start[id + 1]; i++)
			if ((plan->steps[pre->dep_id[i]]->subarchs & bit) && !plan->dropped[pre->dep_id[i]])
				return "its order runs a step before one it depends on";
		plan->dropped[id] = 1;
	}
	return (const char *)0;
}

int linktable__plan_take_prebuilt(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
				  unsigned int subarch, int is_sealed)
{
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(subarch);
	const char *problem;
	linktable__size_t i;

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
		problem = order_problem(plan, pre, subarch);
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
	for (i = 0; i < plan->nsteps; i++)
		plan->dropped[i] = plan->steps[i]->subarchs & bit ? LINKTABLE_PLAN_KEPT : LINKTABLE_PLAN_UNSUPPORTED;
	plan->prebuilt = is_sealed ? LINKTABLE_PLAN_PREBUILT_SEALED : 1;
	return 1;
}
