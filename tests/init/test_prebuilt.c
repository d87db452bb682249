/* SPDX-License-Identifier: MIT */
/*
 * The build-time plan as linktable_plan_build_table_in() takes it over: sealed
 * (no hashing: a bogus fingerprint under a fitting seal is trusted, which
 * shows nothing was hashed), unsealed (the fingerprint decides), with a
 * wrong seal (the fingerprint decides), stale (planned at run time).  The
 * plan is filled in at run time from a run-time plan of the same table, as
 * "linktable plan" would have emitted it; "linktable seal" is tested on
 * real images in tests/tool/seal.sh.
 */
#include "../tap.h"
#include <linktable/plan.h>

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

/* The seal "linktable seal" writes for @p as it is now. */
static unsigned long long seal_of(const struct linktable_prebuilt_plan *p, linktable__size_t n)
{
	return linktable_plan_seal(linktable_prebuilt_plan_digest(p), n);
}

/* Takes the plan for pc; returns plan.prebuilt. */
static int take(struct linktable_plan *plan)
{
	long r = linktable_plan_build_table_in(plan, storage, sizeof(storage), &linktable_bounds_init_steps,
					   LINKTABLE_SUBARCH_PC, NULL);

	return r ? -100 : plan->prebuilt;
}

/* Every count, index and pointer of the plan damaged in turn, sealed
 * again over the damage (as an attacker would) and not: the boot refuses
 * each (LINKTABLE_PLAN_PREBUILT_INVALID, a reason, planned at run time
 * with the run-time order), and never reads outside the arrays (ASan). */
static void tamper(const struct linktable_plan *rt, linktable__size_t n)
{
	static linktable__size_t dep_start[16], dep_id[16], rdep_start[16], rdep_id[16], order[16];
	static unsigned int nhard[16], nafter[16];
	const struct linktable_prebuilt_plan good = pre;
	linktable__size_t e = good.ndeps;
	struct linktable_plan plan;
	char what[80];

	for (int field = 0; field < 17; field++) {
		for (int resealed = 0; resealed < 2; resealed++) {
			pre = good;
			for (linktable__size_t i = 0; i <= n; i++) {
				dep_start[i] = good.dep_start[i];
				rdep_start[i] = good.rdep_start[i];
				nhard[i] = i < n ? good.dep_nhard[i] : 0;
				nafter[i] = i < n ? good.dep_nafter[i] : 0;
			}
			for (linktable__size_t k = 0; k < e; k++) {
				dep_id[k] = good.dep_id[k];
				rdep_id[k] = good.rdep_id[k];
			}
			for (linktable__size_t k = 0; k < good.norder[LINKTABLE_SUBARCH_PC]; k++)
				order[k] = good.order[LINKTABLE_SUBARCH_PC][k];
			pre.dep_start = dep_start;
			pre.dep_id = dep_id;
			pre.dep_nhard = nhard;
			pre.dep_nafter = nafter;
			pre.rdep_start = rdep_start;
			pre.rdep_id = rdep_id;
			pre.order[LINKTABLE_SUBARCH_PC] = order;
			switch (field) {
			case 0: pre.norder[LINKTABLE_SUBARCH_PC] = 1000000; break; /* the SIGSEGV of issue 19 */
			case 1: pre.norder[LINKTABLE_SUBARCH_PC] -= 1; break;
			case 2: order[0] = 1000000; break;
			case 3: order[1] = order[0]; break;
			case 4: { linktable__size_t t = order[0]; order[0] = order[1]; order[1] = t; break; }
			case 5: pre.ndeps = 1000000; break;
			case 6: dep_start[1] = 1000000; break;
			case 7: dep_start[0] = 1; break;
			case 8: dep_id[0] = 1000000; break;
			case 9: nhard[1] = 1000000; break;
			case 10: nafter[1] = 0xffffffffu; break;
			case 11: rdep_start[n] = 1000000; break;
			case 12: rdep_id[0] = 1000000; break;
			case 13: pre.dep_id = (const linktable__size_t *)0; break;
			case 14: pre.order[LINKTABLE_SUBARCH_PC] = (const linktable__size_t *)0; pre.subarchs |= 1; break;
			case 15: pre.nsteps = 0xffffffffu; break;
			case 16: pre.rdep_start = (const linktable__size_t *)0; break;
			}
			pre.seal = resealed && !linktable_prebuilt_plan_problem(&pre) ? seal_of(&pre, n) : good.seal;
			snprintf(what, sizeof(what), "damaged field %d%s: refused", field, resealed ? ", sealed again" : "");
			int got = take(&plan);

			/* the step count (15) and a subarch with no order (14) are
			 * stale or unusable, not damage the boot can see as such */
			if (field == 15 || field == 14)
				ok(got == -1, "%s as not this table's plan", what);
			else
				ok(got == LINKTABLE_PLAN_PREBUILT_INVALID && plan.prebuilt_problem && plan.norder == rt->norder,
				   "%s with a reason (%s), planned at run time", what,
				   plan.prebuilt_problem ? plan.prebuilt_problem : "none");
		}
	}
	pre = good;
}

int main(void)
{
	struct linktable_plan_options runtime = { .no_prebuilt = 1 };
	struct linktable_plan rt, plan;
	unsigned long long fp;
	linktable__size_t i, n;

	ok(linktable_plan_build_table_in(&rt, runtime_storage, sizeof(runtime_storage), &linktable_bounds_init_steps,
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

	pre.seal = seal_of(&pre, n);
	is_int(take(&plan), LINKTABLE_PLAN_PREBUILT_SEALED, "sealed: taken over by the seal");
	ok(plan.fingerprint == fp && plan.order == order_pc && plan.dropped[0] == LINKTABLE_PLAN_KEPT,
	   "with the plan's fingerprint and the steps marked");

	pre.fingerprint = fp ^ 0x5a5a;
	pre.seal = seal_of(&pre, n);
	is_int(take(&plan), LINKTABLE_PLAN_PREBUILT_SEALED, "a seal is trusted without hashing the table");
	ok(plan.fingerprint == (fp ^ 0x5a5a), "(the plan's fingerprint is believed, not recomputed)");

	pre.seal = linktable_plan_seal(linktable_prebuilt_plan_digest(&pre), n + 1);
	is_int(take(&plan), -1, "a seal for another step count is not trusted: the table is hashed, stale");
	ok(plan.fingerprint == fp && plan.norder == rt.norder, "planned at run time with the table's fingerprint");

	pre.fingerprint = fp;
	pre.seal = seal_of(&pre, n) ^ 1;
	is_int(take(&plan), 1, "a wrong seal: the fingerprint decides (it matches)");

	/* The seal covers the slots of subarchs not planned too, though the
	 * boot reads no order from them. */
	pre.seal = seal_of(&pre, n);
	pre.norder[7] = 1;
	is_int(take(&plan), 1, "a count for a subarch not planned, after sealing: the seal no longer fits");
	pre.norder[7] = 0;
	pre.order[7] = order_pc;
	is_int(take(&plan), 1, "an order for a subarch not planned, after sealing: the seal no longer fits");
	pre.order[7] = (const linktable__size_t *)0;
	is_int(take(&plan), LINKTABLE_PLAN_PREBUILT_SEALED, "(restored: sealed again)");

	pre.seal = seal_of(&pre, n);
	is_int(linktable_plan_build_table_in(&plan, storage, sizeof(storage), &linktable_bounds_init_steps,
					 LINKTABLE_SUBARCH_XEN, NULL),
	       0, "sealed, but xen is not in the plan: planned at run time");
	is_int(plan.prebuilt, -1, "(and says the build-time plan did not fit)");

	tamper(&rt, n);

	ok(linktable_plan_seal(fp, n) != 0 && linktable_plan_seal(fp, n) != fp &&
		   linktable_plan_seal(fp, n) != linktable_plan_seal(fp, n + 1) &&
		   linktable_plan_seal(fp, n) != linktable_plan_seal(fp ^ 1, n),
	   "the seal is never 0 nor the fingerprint, and depends on both inputs");
	return tap_done();
}
