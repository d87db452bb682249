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

/* Whether @pre carries the seal of a table of @n steps: the tool checked
 * the fingerprint against this very image, so nothing is hashed here. */
static int sealed(const struct linktable_prebuilt_plan *pre, linktable__size_t n)
{
	return pre->nsteps == n && linktable__plan_prebuilt_seal(pre) == linktable_plan_seal(pre->fingerprint, n);
}

static int has_subarch(const struct linktable_prebuilt_plan *pre, unsigned int subarch)
{
	return subarch < LINKTABLE_SUBARCH_MAX && (pre->subarchs & LINKTABLE_SUBARCH_BIT(subarch)) &&
	       pre->order[subarch];
}

int linktable__plan_prebuilt_sealed(const struct linktable_prebuilt_plan *pre, linktable__size_t n,
				    unsigned int subarch)
{
	return pre && sealed(pre, n) && has_subarch(pre, subarch);
}

int linktable__plan_take_prebuilt(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
				  unsigned int subarch, int is_sealed)
{
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(subarch);
	linktable__size_t i;

	plan->fingerprint = is_sealed ? pre->fingerprint : linktable_plan_fingerprint(plan->steps, plan->nsteps);
	if (!pre)
		return 0;
	if (pre->fingerprint != plan->fingerprint || pre->nsteps != plan->nsteps || !has_subarch(pre, subarch)) {
		plan->prebuilt = -1;
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
