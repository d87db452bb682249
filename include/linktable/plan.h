/* SPDX-License-Identifier: MIT */
/*
 * linktable/plan.h - for a planner user: the run order of the init steps
 * for one subarch, the rules it checks, and each step's verdict.
 *
 *	struct linktable_plan *plan;
 *	long errors = linktable_plan_build_table(&linktable_bounds_init_steps,
 *						 LINKTABLE_SUBARCH_XEN, NULL, &plan);
 *	for (size_t i = 0; i < plan->errors_kept; i++) {          // FILE:LINE: error: ... [rule]
 *		char line[1024];
 *		linktable_plan_error_print(plan, i, line, sizeof(line));
 *	}
 *	for (size_t k = 0; k < plan->norder; k++)                 // the run order
 *		use(plan->steps[plan->order[k]]);
 *	struct linktable_verdict v[N];                            // runs, unsupported, broken (rule), refused
 *	memset(v, 0, sizeof(v));
 *	linktable_plan_verdicts(plan, LINKTABLE_SUBARCH_PC, v);
 *	linktable_plan_free(plan);
 *
 * One verb per action; a function whose name ends in _in works in storage
 * the caller provides (no allocator: a kernel's static buffer), its twin
 * without _in allocates (liblinktable):
 *
 *	linktable_plan_build(steps, n, subarch, opts, &plan)            allocates
 *	linktable_plan_build_in(&plan, storage, bytes, steps, n, subarch, opts)
 *	linktable_plan_build_table(table, subarch, opts, &plan)         allocates
 *	linktable_plan_build_table_in(&plan, storage, bytes, table, subarch, opts)
 *	linktable_plan_print(plan, FILE *)  /  linktable_plan_print_in(plan, env)
 *
 * Storage: LINKTABLE_PLAN_BYTES(nsteps, ndeps) as a constant,
 * linktable_plan_bytes() / linktable_plan_table_bytes() exactly.  The
 * declarations are in <linktable/init.h>.
 */
#ifndef LINKTABLE_PLAN_H
#define LINKTABLE_PLAN_H

#include <linktable/init.h>

#endif /* LINKTABLE_PLAN_H */
