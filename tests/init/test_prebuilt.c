/* SPDX-License-Identifier: MIT */
/*
 * The build-time plan as linktable_plan_make_table() takes it over: sealed
 * (no hashing: a bogus fingerprint under a fitting seal is trusted, which
 * shows nothing was hashed), unsealed (the fingerprint decides), with a
 * wrong seal (the fingerprint decides), stale (planned at run time).  The
 * plan is filled in at run time from a run-time plan of the same table, as
 * "linktable plan" would have emitted it; "linktable seal" is tested on
 * real images in tests/tool/seal.sh.
 */
#include "../tap.h"
#include <linktable/init.h>

LINKTABLE_INIT_TABLE_DEFINE();

/* No callbacks: only what planning reads. */
LINKTABLE_INIT_STEP(p_memory, 5, LINKTABLE_SUBARCHS_ALL);
LINKTABLE_INIT_STEP(p_pci, 20, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(p_memory));
LINKTABLE_INIT_STEP(p_e1000, 30, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(p_pci));
LINKTABLE_INIT_STEP(p_netfront, 30, LINKTABLE_SUBARCHS(XEN), .after = LINKTABLE_INIT_DEPS(p_pci));

static struct linktable_prebuilt_plan pre;
const struct linktable_prebuilt_plan *const linktable_init_prebuilt = &pre;

static _Alignas(16) unsigned char runtime_storage[8192], storage[8192];
static linktable__size_t order_pc[16];

/* Takes the plan for pc; returns plan.prebuilt. */
static int take(struct linktable_plan *plan)
{
	long r = linktable_plan_make_table(plan, storage, sizeof(storage), &linktable_bounds_init_steps,
					   LINKTABLE_SUBARCH_PC, NULL);

	return r ? -100 : plan->prebuilt;
}

int main(void)
{
	struct linktable_plan_options runtime = { .no_prebuilt = 1 };
	struct linktable_plan rt, plan;
	unsigned long long fp;
	linktable__size_t i, n;

	ok(linktable_plan_make_table(&rt, runtime_storage, sizeof(runtime_storage), &linktable_bounds_init_steps,
				     LINKTABLE_SUBARCH_PC, &runtime) == 0 &&
		   rt.prebuilt == 0,
	   "planned at run time when asked to");
	n = rt.nsteps;
	fp = rt.fingerprint;
	for (i = 0; i < rt.norder; i++)
		order_pc[i] = rt.order[i];
	pre = (struct linktable_prebuilt_plan){
		.fingerprint = fp,
		.nsteps = n,
		.ndeps = rt.dep_start[n],
		.dep_start = rt.dep_start,
		.dep_id = rt.dep_id,
		.dep_nhard = rt.dep_nhard,
		.dep_nafter = rt.dep_nafter,
		.rdep_start = rt.rdep_start,
		.rdep_id = rt.rdep_id,
		.subarchs = LINKTABLE_SUBARCH_BIT(LINKTABLE_SUBARCH_PC),
	};
	pre.norder[LINKTABLE_SUBARCH_PC] = rt.norder;
	pre.order[LINKTABLE_SUBARCH_PC] = order_pc;

	is_int(take(&plan), 1, "unsealed: taken over after the fingerprint matched");
	ok(plan.norder == rt.norder && plan.order == order_pc, "the build-time order is used as it is");

	pre.seal = linktable_plan_seal(fp, n);
	is_int(take(&plan), LINKTABLE_PLAN_PREBUILT_SEALED, "sealed: taken over by the seal");
	ok(plan.fingerprint == fp && plan.order == order_pc && plan.dropped[0] == LINKTABLE_PLAN_KEPT,
	   "with the plan's fingerprint and the steps marked");

	pre.fingerprint = fp ^ 0x5a5a;
	pre.seal = linktable_plan_seal(fp ^ 0x5a5a, n);
	is_int(take(&plan), LINKTABLE_PLAN_PREBUILT_SEALED, "a seal is trusted without hashing the table");
	ok(plan.fingerprint == (fp ^ 0x5a5a), "(the plan's fingerprint is believed, not recomputed)");

	pre.seal = linktable_plan_seal(fp ^ 0x5a5a, n + 1);
	is_int(take(&plan), -1, "a seal for another step count is not trusted: the table is hashed, stale");
	ok(plan.fingerprint == fp && plan.norder == rt.norder, "planned at run time with the table's fingerprint");

	pre.fingerprint = fp;
	pre.seal = linktable_plan_seal(fp, n) ^ 1;
	is_int(take(&plan), 1, "a wrong seal: the fingerprint decides (it matches)");

	pre.seal = linktable_plan_seal(fp, n);
	is_int(linktable_plan_make_table(&plan, storage, sizeof(storage), &linktable_bounds_init_steps,
					 LINKTABLE_SUBARCH_XEN, NULL),
	       0, "sealed, but xen is not in the plan: planned at run time");
	is_int(plan.prebuilt, -1, "(and says the build-time plan did not fit)");

	ok(linktable_plan_seal(fp, n) != 0 && linktable_plan_seal(fp, n) != fp &&
		   linktable_plan_seal(fp, n) != linktable_plan_seal(fp, n + 1) &&
		   linktable_plan_seal(fp, n) != linktable_plan_seal(fp ^ 1, n),
	   "the seal is never 0 nor the fingerprint, and depends on both inputs");
	return tap_done();
}
