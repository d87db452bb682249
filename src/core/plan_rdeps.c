/* SPDX-License-Identifier: MIT */
/*
 * Reverse edges of a plan: who depends on each step (plan->rdep_start,
 * rdep_id), from its resolved dependencies.  Its own file: both the
 * general checks (plan.c) and the fast path (plan_fast.c) call it, and
 * library files call each other one way only.
 */
#include "plan_internal.h"

void linktable__plan_fill_rdeps(struct linktable_plan *plan)
{
	linktable__size_t n = plan->nsteps, i, k, *start = plan->rdep_start;
	const linktable__size_t *ds = plan->dep_start, *di = plan->dep_id;

	/* start[d] holds d's dependents: running sums make it where d's
	 * end, and filling from the last edge back moves each to where d's
	 * begin - no second array, every list in ascending dependent order. */
	for (i = 1; i < n; i++)
		start[i] += start[i - 1];
	start[n] = n ? start[n - 1] : 0;
	for (i = n; i-- > 0;)
		for (k = ds[i + 1]; k-- > ds[i];)
			plan->rdep_id[--start[di[k]]] = i;
}

void linktable__plan_build_rdeps(struct linktable_plan *plan)
{
	linktable__size_t n = plan->nsteps, e = plan->dep_start[n], k;

	memset(plan->rdep_start, 0, (n + 1) * sizeof(*plan->rdep_start));
	for (k = 0; k < e; k++)
		plan->rdep_start[plan->dep_id[k]]++;
	linktable__plan_fill_rdeps(plan);
}
