/* SPDX-License-Identifier: MIT */
/*
 * init.c - the init table, run on linktable's freestanding core: the
 * subarch decision from the entry's zero page (and CPUID), the plan in
 * static storage sized at compile time, the sequential runner, the trace
 * through the console.  The storage is init-only data: it goes with init
 * memory.
 */
#include <linktable/env.h>
#include <linktable/free.h>
#include <linktable/boot_core.h>

#include "kernel.h"

LINKTABLE_INIT_TABLE_DEFINE();
/* Init memory is released after the last phase (3): the planner and
 * "linktable check" refuse a callback there for a later phase. */
LINKTABLE_INIT_RELEASE_PHASE(3);

#define KERNEL_MAX_STEPS 32
#define KERNEL_MAX_DEPS 64

LINKTABLE_INIT_DATA static _Alignas(16) unsigned char
	boot_storage[LINKTABLE_BOOT_BYTES(KERNEL_MAX_STEPS, KERNEL_MAX_DEPS, 3)];
LINKTABLE_INIT_DATA struct linktable_boot init_run;
LINKTABLE_INIT_DATA static _Alignas(16) unsigned char
	plan_storage[LINKTABLE_PLAN_BYTES(KERNEL_MAX_STEPS, KERNEL_MAX_DEPS)];

static void env_write(void *ctx, const char *text, linktable__size_t len)
{
	(void)ctx;
	console_write(text, len);
}

static unsigned long long env_clock(void *ctx)
{
	(void)ctx;
	return ns_since_entry(); /* 0 until the tsc step calibrated it */
}

/* Through the subarch's ops: page tables natively, update_va_mapping under
 * Xen PV; nothing before the platform step chose them. */
static int env_release(void *ctx, void *start, linktable__size_t len, const char *range_name)
{
	(void)ctx;
	(void)range_name;
	return kops->unmap ? kops->unmap((uintptr_t)start, len) : -1;
}

/* Natively, the image's mapped bytes; unknown under Xen PV (Xen owns the
 * page tables). */
static long long env_resident(void *ctx)
{
	(void)ctx;
	return kops->resident ? kops->resident() : -1;
}

/* The hooks the core uses: console, TSC clock, unmapping release, mapped
 * memory. */
const struct linktable_env kernel_env = {
	.release = env_release,
	.resident = env_resident,
	.write = env_write,
	.clock_ns = env_clock,
	.page_size = 4096,
};

/* Runs every phase of the init table (init_run); 0 when the boot
 * completed.  Planning cost (TSC cycles) goes to *plan_cycles. */
LINKTABLE_INIT_TEXT
int run_init_steps(uint64_t *plan_cycles)
{
	struct linktable_subarch_detect_options detect = {
		.boot_params = boot.zero_page,
		.boot_params_size = sizeof(*boot.zero_page),
	};
	struct linktable_subarch_decision decision;
	struct linktable_boot_config cfg = {
		.detect = &detect,
		.env = &kernel_env,
		.release_phase = 3,
		.is_released = linktable_free_in_init_memory,
	};
	struct linktable_boot_summary sum;
	uint64_t t0;
	int rc;

	/* The subarch first: everything after it - the platform's console,
	 * clock, traps, unmapping - is a step the plan picks for it. */
	if (linktable_subarch_decide(&detect, &decision) >= 0)
		cfg.decided = &decision; /* else the core refuses, with the reason */

	/* What planning costs here, silently, in the storage size the boot
	 * uses: at run time, and through the build-time plan when the second
	 * link put one in (its seal is checked then, or, unsealed, the
	 * table's fingerprint).  The boot then plans for itself and traces. */
	{
		struct linktable_plan plan;
		struct linktable_plan_options runtime = { .no_prebuilt = 1 };
		struct linktable_subarch_decision d = decision;
		long err;

		t0 = rdtsc();
		err = linktable_plan_build_table_in(&plan, plan_storage, sizeof(plan_storage),
						&linktable_bounds_init_steps, d.subarch, &runtime);
		*plan_cycles = rdtsc() - t0;
		tprintk("plan: %zu of %zu steps for %s planned at boot in %llu cycles%s\n", plan.norder, plan.nsteps,
			linktable_subarch_name(d.subarch), (unsigned long long)*plan_cycles,
			err ? " (with errors)" : "");
		t0 = rdtsc();
		linktable_plan_build_table_in(&plan, plan_storage, sizeof(plan_storage), &linktable_bounds_init_steps,
					  d.subarch, NULL);
		boot.prebuilt_plan_cycles = rdtsc() - t0;
		if (plan.prebuilt > 0)
			tprintk("plan: build-time plan (fingerprint 0x%llx) taken over in %llu cycles (%s)\n",
				plan.fingerprint, (unsigned long long)boot.prebuilt_plan_cycles,
				plan.prebuilt == LINKTABLE_PLAN_PREBUILT_SEALED ? "sealed: nothing hashed"
										: "unsealed: the table hashed");
		else
			boot.prebuilt_plan_cycles = 0;
		if (plan.prebuilt == LINKTABLE_PLAN_PREBUILT_INVALID)
			tprintk("plan: the build-time plan is damaged (%s): refused\n", plan.prebuilt_problem);
		else if (plan.prebuilt <= 0)
			tprintk("plan: %s\n", plan.prebuilt < 0 ? "the build-time plan does not match the table"
								 : "no build-time plan linked in");
	}
	boot.time_origin = ns_since_entry(); /* the trace's time 0, as the core's */
	rc = linktable_boot_begin_in(&init_run, boot_storage, sizeof(boot_storage), &linktable_bounds_init_steps,
				  &cfg);
	if (rc)
		return rc;
	boot.subarch = init_run.subarch;
	for (unsigned int phase = 0; phase < 3; phase++)
		if (linktable_boot_run_phase(&init_run, phase))
			break;
	return linktable_boot_finish_in(&init_run, &sum);
}
