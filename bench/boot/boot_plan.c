/* SPDX-License-Identifier: MIT */
/*
 * Planning at boot, as a kernel would: the init table planned in static
 * storage by the core (liblinktable-core.a).  Linked once, it plans at run
 * time; linked again with "linktable plan"'s output, it takes the
 * build-time plan over (after hashing the table, or, once "linktable seal"
 * has sealed the image, without).  run.sh counts the instructions of
 * linktable_plan_build_table_in() each way.
 */
#include <stdio.h>
#include <stdlib.h>

#include <linktable/plan.h>

LINKTABLE_INIT_TABLE_DEFINE();

int main(void)
{
	struct linktable_plan plan;
	size_t bytes = linktable_plan_table_bytes(&linktable_bounds_init_steps, NULL);
	void *storage = aligned_alloc(16, (bytes + 15) & ~(size_t)15);
	long r;

	if (!storage)
		return 2;
	r = linktable_plan_build_table_in(&plan, storage, bytes, &linktable_bounds_init_steps, LINKTABLE_SUBARCH_XEN, NULL);
	unsigned long long order_hash = 0;

	for (size_t i = 0; i < plan.norder; i++) /* the order, position by position */
		order_hash = order_hash * 1000003u + plan.order[i] + 1;
	printf("%ld errors, %zu of %zu steps, order %llx, %s\n", r, plan.norder, plan.nsteps, order_hash,
	       plan.prebuilt == LINKTABLE_PLAN_PREBUILT_SEALED ? "sealed build-time plan"
	       : plan.prebuilt > 0			       ? "build-time plan"
							       : "planned at run time");
	free(storage);
	return r != 0;
}
