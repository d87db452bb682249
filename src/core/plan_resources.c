/* SPDX-License-Identifier: MIT */
/*
 * The "resource" rule: a step that uses a resource (state another step
 * sets up: the cr4 shadow, a console) must reach a step that provides it
 * through its hard dependencies - or provide it itself - on every subarch
 * it supports.  Checked for the whole table, whatever the plan's subarch,
 * like the other rules: the boot's planner and "linktable check" run this
 * one copy.  The seed's crash (commit 5054daa285be) is a use without its
 * provider on one path.
 */
#include "plan_internal.h"

static int listed(const char *const *list, const char *name)
{
	for (; list && *list; list++)
		if (linktable__strcmp(*list, name) == 0)
			return 1;
	return 0;
}

/* The subarchs on which step @from, or a step it reaches by hard
 * dependencies, provides @name.  @stack and @seen: n entries of scratch;
 * @stamp marks this walk in @seen. */
static linktable_subarch_mask_t provided(const struct linktable_plan *plan, linktable__size_t from, const char *name,
					 linktable__size_t *stack, linktable__size_t *seen, linktable__size_t stamp)
{
	linktable_subarch_mask_t mask = 0;
	linktable__size_t top = 0, v, k;

	stack[top++] = from;
	seen[from] = stamp;
	while (top) {
		v = stack[--top];
		if (listed(plan->steps[v]->provides, name))
			mask |= plan->steps[v]->subarchs;
		for (k = plan->dep_start[v]; k < plan->dep_start[v] + plan->dep_nhard[v]; k++) {
			linktable__size_t d = plan->dep_id[k];

			if (seen[d] != stamp) {
				seen[d] = stamp;
				stack[top++] = d;
			}
		}
	}
	return mask;
}

void linktable__plan_check_resources(struct linktable_plan *plan, const struct linktable__plan_scratch *scratch)
{
	linktable__size_t *stack = (linktable__size_t *)scratch->heap, *seen = scratch->seen, i, k, stamp = 0;

	for (i = 0; i < plan->nsteps; i++)
		seen[i] = 0;
	for (i = 0; i < plan->nsteps; i++) {
		const struct linktable_init_step *s = plan->steps[i];

		for (k = 0; s->uses && s->uses[k]; k++) {
			linktable_subarch_mask_t missing =
				s->subarchs & ~provided(plan, i, s->uses[k], stack, seen, ++stamp);

			if (missing)
				linktable__plan_error(plan, LINKTABLE_PLAN_ERROR_RESOURCE, i, k, missing);
		}
	}
}
