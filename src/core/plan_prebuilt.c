/* SPDX-License-Identifier: MIT */
/*
 * The build-time plan: the fingerprint that says whether it still fits the
 * table, and taking it over into a struct linktable_plan without planning.
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
	}
	return h;
}

int linktable__plan_take_prebuilt(struct linktable_plan *plan, const struct linktable_prebuilt_plan *pre,
				  unsigned int subarch)
{
	linktable_subarch_mask_t bit = LINKTABLE_SUBARCH_BIT(subarch);
	linktable__size_t i;

	plan->fingerprint = linktable_plan_fingerprint(plan->steps, plan->nsteps);
	if (!pre)
		return 0;
	if (pre->fingerprint != plan->fingerprint || pre->nsteps != plan->nsteps || !(pre->subarchs & bit) ||
	    !pre->order[subarch]) {
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
	plan->prebuilt = 1;
	return 1;
}
