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

static const char *const subarch_names[] = { "pc", "lguest", "xen", "intel_mid", "ce4100" };

/* hardware_subarch from the zero page; CPUID is only reported: the entry
 * that built the zero page already applied it (the PVH entry). */
static void decide_subarch(void)
{
	uint32_t version = zp_get(boot.zero_page, ZP_VERSION, 2);
	uint32_t value = zp_get(boot.zero_page, ZP_HARDWARE_SUBARCH, 4);
	uint32_t r[4];
	char sig[13] = { 0 };

	cpuid(1, r);
	if (r[2] & (1u << 31)) {
		cpuid(0x40000000, r);
		memcpy(sig, &r[1], 4);
		memcpy(sig + 4, &r[2], 4);
		memcpy(sig + 8, &r[3], 4);
		for (int i = 0; i < 12; i++)
			if (sig[i] && (sig[i] < 0x20 || sig[i] > 0x7e))
				sig[i] = '?';
	}
	if (version < 0x0207 || value >= sizeof(subarch_names) / sizeof(subarch_names[0])) {
		boot.subarch = 0;
		boot.subarch_source = "default";
	} else {
		boot.subarch = value;
		boot.subarch_source = "zero page";
	}
	ksnprintf(boot.subarch_reason, sizeof(boot.subarch_reason),
		  "zero page protocol %u.%02u hardware_subarch %u; cpuid: %s%s%s", version >> 8, version & 0xff,
		  value, sig[0] ? "hypervisor \"" : "no hypervisor", sig, sig[0] ? "\"" : "");
}

int run_init_steps(void);

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
	uint64_t end_of_init;

	boot.tsc_common = rdtsc();
	cmdline_init(boot.zero_page);
	want_uaf = cmdline_get("linktable.test", test, sizeof(test)) && !memcmp(test, "use-after-free", 15);
	printk("linktable-kernel 0.1.0 booting\n");
	if (cmdline_get("linktable.test", test, sizeof(test)) && !want_uaf)
		printk("warning: linktable.test=%s is not a known test (known: use-after-free)\n", test);
	tprintk("entry: %s\n", boot.entry_name);
	tprintk("zero page at %p, built by %s\n", (void *)boot.zero_page, boot.zero_page_builder);
	tprintk("command line: %s\n", boot.cmdline);
	decide_subarch();
	tprintk("subarch: %s (%u) from %s (%s)\n", subarch_names[boot.subarch], boot.subarch,
		boot.subarch_source, boot.subarch_reason);
	if (run_init_steps() != 0)
		panic("init failed");
	end_of_init = rdtsc();
	if (free_unused_memory() != 0)
		panic("freeing unused memory failed");
	tprintk("boot: %llu cycles from entry to the end of init (%llu in the entry before the common "
		"path)\n",
		(unsigned long long)(end_of_init - boot.tsc_entry),
		(unsigned long long)(boot.tsc_common - boot.tsc_entry));
	if (want_uaf)
		use_after_free_test();
	printk("linktable-kernel: boot complete\n");
	kernel_exit(EXIT_BOOT_OK);
}
