/* SPDX-License-Identifier: MIT */
/*
 * legacy.c - linktable.legacy: the kernel as it would be without the init
 * table - two hand-written sequences, chosen by the entry, as Linux's
 * x86_64_start_kernel and xen_start_kernel were in 2015.  The native one
 * calls cr4_init_shadow(); the Xen one was written before the shadow
 * existed and nobody added it, but the common code both reach (global
 * pages) reads the shadow: under Xen PV the read faults on the shadow's
 * poisoned per-CPU pointer and the fault handler names it - the crash
 * that commit 5054daa285be fixed.  The table path cannot do this: the
 * pge step uses cr4_shadow and depends on the step that provides it, and
 * "linktable check" refuses a build where it does not.
 */
#include <linktable/free.h>

#include "kernel.h"

LINKTABLE_INIT_TEXT
void legacy_start_kernel(void)
{
	platform_init(0, 0); /* by the entry: there is no decision here */
	printk("legacy: the %s entry's hand-written init sequence, no init table\n",
	       boot.entry == ENTRY_XEN_PV ? "Xen PV" : "native");
	traps_init(0, 0);
	tsc_init(0, 0);
	cmdline_step(0, 0);
	if (boot.entry == ENTRY_XEN_PV) {
		memory_init(0, 0);
		xen_version_init(0, 0);
		pge_init(0, 0); /* reads the shadow nobody set up here */
	} else {
		cr4_init_shadow(0, 0);
		memory_init(0, 0);
		kasan_init(0, 0);
		pge_init(0, 0);
		serial_init(0, 0);
		pci_init(0, 0);
	}
	printk("linktable-kernel: boot complete (legacy sequence; nothing freed)\n");
	kernel_exit(EXIT_BOOT_OK);
}
