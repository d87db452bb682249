/* SPDX-License-Identifier: MIT */
/*
 * The build-time plan's side of the comparison with the mock-up: the table
 * gen_steps wrote, linked with the C "linktable plan" emitted for it and
 * sealed by "linktable seal", planned for pc as a kernel does, in static
 * storage by the core alone.  run.sh counts the instructions of
 * linktable_plan_make_table(): the boot's whole cost of its order (counting
 * and collecting the steps, checking the seal, the plan's bounds and digest
 * and its order against the table's subarchs).  Prints how the plan was
 * made; exit 1 unless it was the sealed build-time plan.
 */
#include <stdio.h>

#include <linktable/init.h>

LINKTABLE_INIT_TABLE_DEFINE();

static _Alignas(16) unsigned char storage[1 << 22];

int main(void)
{
	struct linktable_plan plan;
	long r = linktable_plan_make_table(&plan, storage, sizeof(storage), &linktable_bounds_init_steps,
					   LINKTABLE_SUBARCH_PC, NULL);

	printf("%ld errors, %zu of %zu steps, %s\n", r, (size_t)plan.norder, (size_t)plan.nsteps,
	       plan.prebuilt == LINKTABLE_PLAN_PREBUILT_SEALED ? "sealed build-time plan"
	       : plan.prebuilt > 0			       ? "build-time plan"
							       : "planned at run time");
	return r != 0 || plan.prebuilt != LINKTABLE_PLAN_PREBUILT_SEALED;
}
