/* SPDX-License-Identifier: MIT */
/*
 * start_kernel.c - the common path every entry funnels into: decide the
 * subarch from the zero page before anything else, then run the init
 * table on linktable's core - the platform (console, exit, unmapping),
 * traps, clock, command line and cr4 shadow are steps the plan picks for
 * that subarch - free init memory and the other subarchs' memory through
 * the core (which frees nothing after a refused or stopped boot), optionally
 * prove that freed init memory is gone (linktable.test=use-after-free), and
 * end the run.  A subarch a critical step does not support stops here with
 * the core's message and its own exit status; nothing ran, nothing is freed.
 */
#include <linktable/free.h>
#include <linktable/boot_core.h>

#include "kernel.h"

struct boot_state boot;
extern struct linktable_boot init_run;

int run_init_steps(uint64_t *plan_cycles);

/* Calls into init_text after it was freed: the page-fault handler must
 * catch it.  The pointer is read through a volatile so the call is made. */
static void use_after_free_test(void)
{
	void (*volatile target)(const struct boot_params *) = cmdline_init;

	tprintk("linktable.test=use-after-free: calling cmdline_init at %p in freed init memory\n",
		(void *)target);
	target(boot.zero_page);
	printk("use-after-free NOT caught: freed init memory is still mapped\n");
	kernel_exit(EXIT_TEST_NOT_CAUGHT);
}

void start_kernel(void)
{
	char test[32];
	int want_uaf;
	uint64_t end_of_init, plan_cycles = 0;

	boot.tsc_common = rdtsc();
	printk("linktable-kernel 0.1.0 booting\n");
	printk("entry: %s\n", boot.entry_name);
	printk("zero page at %p, built by %s\n", (void *)boot.zero_page, boot.zero_page_builder);
	if (cmdline_has(boot.zero_page, "linktable.legacy"))
		legacy_start_kernel();
	if (run_init_steps(&plan_cycles) != 0) {
		if (linktable_boot_unsupported(&init_run)) {
			printk("linktable-kernel: stopped: subarch %u is not supported (exit 0x%x)\n", init_run.subarch,
			       EXIT_UNSUPPORTED_SUBARCH);
			linktable_boot_release(&init_run, LINKTABLE_FREE_SET, 0, 0, 0); /* says: nothing freed */
			kernel_exit(EXIT_UNSUPPORTED_SUBARCH);
		}
		linktable_boot_release(&init_run, LINKTABLE_FREE_SET, 0, 0, 0);
		panic("init failed: %s", init_run.error);
	}
	tprintk("init: trace times count from the entry (the tsc step calibrated the clock)\n");
	want_uaf = cmdline_get("linktable.test", test, sizeof(test)) && !memcmp(test, "use-after-free", 15);
	end_of_init = rdtsc();
	if (free_unused_memory(&init_run) != 0)
		panic("freeing unused memory failed");
	tprintk("boot: %llu cycles from entry to the end of init without the %llu of TSC calibration (%llu "
		"in the entry before the common path; planning %llu at run time, %llu with the build-time plan)\n",
		(unsigned long long)(end_of_init - boot.tsc_entry - boot.tsc_calibration),
		(unsigned long long)boot.tsc_calibration, (unsigned long long)(boot.tsc_common - boot.tsc_entry),
		(unsigned long long)plan_cycles, (unsigned long long)boot.prebuilt_plan_cycles);
	if (want_uaf)
		use_after_free_test();
	printk("linktable-kernel: boot complete\n");
	kernel_exit(EXIT_BOOT_OK);
}
