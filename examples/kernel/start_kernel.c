/* SPDX-License-Identifier: MIT */
/*
 * start_kernel.c - the common path every entry funnels into: read
 * hardware_subarch from the zero page (and say where it came from) before
 * any init step, run the init table on linktable's core, free init memory
 * and the other subarchs' memory, optionally prove that freed init memory
 * is gone (linktable.test=use-after-free), and end the run.
 */
#include <linktable/free.h>
#include <linktable/init.h>

#include "kernel.h"

struct boot_state boot;

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
	tsc_init();
	cmdline_init(boot.zero_page);
	want_uaf = cmdline_get("linktable.test", test, sizeof(test)) && !memcmp(test, "use-after-free", 15);
	printk("linktable-kernel 0.1.0 booting\n");
	if (cmdline_get("linktable.test", test, sizeof(test)) && !want_uaf)
		printk("warning: linktable.test=%s is not a known test (known: use-after-free)\n", test);
	tprintk("entry: %s\n", boot.entry_name);
	tprintk("zero page at %p, built by %s\n", (void *)boot.zero_page, boot.zero_page_builder);
	tprintk("command line: %s\n", boot.cmdline);
	tprintk("tsc: %llu kHz (%s)\n", (unsigned long long)tsc_khz_get(),
		boot.xen_pv ? "from Xen's vcpu_time_info" : "measured against the PIT");
	if (run_init_steps(&plan_cycles) != 0)
		panic("init failed");
	tprintk("init: began %llu us after the entry; times above are since then\n",
		(unsigned long long)(boot.time_origin / 1000u));
	end_of_init = rdtsc();
	if (free_unused_memory() != 0)
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
