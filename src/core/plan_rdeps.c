/* SPDX-License-Identifier: MIT */
/*
 * Reverse edges of a plan: who depends on each step (plan->rdep_start,
 * rdep_id), from its resolved dependencies.  Its own file: both the
 * general checks (plan.c) and the fast path (plan_fast.c) call it, and
 * library files call each other one way only.
 */
#include "plan_internal.h"

void linktable__plan_build_rdeps(struct linktable_plan *plan, linktable__size_t *fill)
{
	linktable__size_t n = plan->nsteps, e = plan->dep_start[n], i, k;

	memset(plan->rdep_start, 0, (n + 1) * sizeof(*plan->rdep_start));
	for (k = 0; k < e; k++)
		plan->rdep_start[plan->dep_id[k] + 1]++;
	for (i = 0; i < n; i++) {
		plan->rdep_start[i + 1] += plan->rdep_start[i];
		fill[i] = plan->rdep_start[i];
	}
	for (i = 0; i < n; i++)
		for (k = plan->dep_start[i]; k < plan->dep_start[i + 1]; k++)
			plan->rdep_id[fill[plan->dep_id[k]]++] = i;
}
