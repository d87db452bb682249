/* SPDX-License-Identifier: MIT */
/*
 * platform.c - the subarch's operations (console, exit, unmapping, fault
 * address, traps, clock, CR4), chosen by the decided subarch through the
 * init table: the "platform" step supports pc and xen and is critical, so
 * on any other subarch value the core refuses the boot before a step runs
 * (and frees nothing) - the early console and exit stay in use to say so.
 * Each subarch's ops live in its own memory (only_PC_data, only_XEN_data),
 * released on the other subarchs.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

static uintptr_t cr2(void)
{
	uintptr_t v;

	__asm__ volatile("mov %%cr2, %0" : "=r"(v));
	return v;
}

uintptr_t native_fault_address(void)
{
	return cr2();
}

LINKTABLE_ONLY_TEXT(PC)
static uint64_t native_read_cr4(void)
{
	uint64_t v;

	__asm__ volatile("mov %%cr4, %0" : "=r"(v));
	return v;
}

LINKTABLE_ONLY_TEXT(PC)
static void native_write_cr4(uint64_t v)
{
	__asm__ volatile("mov %0, %%cr4" : : "r"(v) : "memory");
}

LINKTABLE_ONLY_TEXT(XEN)
static uint64_t xen_read_cr4(void)
{
	uint64_t v;

	__asm__ volatile("mov %%cr4, %0" : "=r"(v)); /* trapped and emulated by Xen */
	return v;
}

/* The entry's: before the decision, on the native entries. */
const struct kernel_ops early_native_ops = {
	.name = "early",
	.write = serial_write,
	.exit = native_exit,
	.fault_address = native_fault_address,
};

LINKTABLE_ONLY_DATA(PC) const struct kernel_ops pc_ops = {
	.name = "pc",
	.write = serial_write,
	.exit = native_exit,
	.unmap = native_unmap_pages,
	.resident = native_mapped_image_bytes,
	.fault_address = native_fault_address,
	.traps_init = native_traps_init,
	.tsc_khz = pit_tsc_khz,
	.clock_source = "measured against the PIT",
	.read_cr4 = native_read_cr4,
	.write_cr4 = native_write_cr4,
};

/* A PC on Xen (a PVH guest, dom0 or not): the PC's own page tables, IDT
 * and CR4, but Xen's console (COM1 is Xen's) and clock (no PIT). */
LINKTABLE_ONLY_DATA(PC) const struct kernel_ops pc_on_xen_ops = {
	.name = "pc (PVH on Xen)",
	.write = xen_console_write,
	.exit = native_exit,
	.unmap = native_unmap_pages,
	.resident = native_mapped_image_bytes,
	.fault_address = native_fault_address,
	.traps_init = native_traps_init,
	.tsc_khz = xen_hvm_tsc_khz,
	.clock_source = "from Xen's CPUID time leaf",
	.read_cr4 = native_read_cr4,
	.write_cr4 = native_write_cr4,
};

/* The PVH entry's on Xen, before the decision: console_io. */
const struct kernel_ops early_xen_hvm_ops = {
	.name = "early (PVH on Xen)",
	.write = xen_console_write,
	.exit = native_exit,
	.fault_address = native_fault_address,
};

LINKTABLE_ONLY_DATA(XEN) const struct kernel_ops xen_ops = {
	.name = "xen",
	.write = xen_console_write,
	.exit = xen_exit,
	.unmap = xen_unmap_pages,
	.fault_address = xen_fault_address,
	.traps_init = xen_traps_init,
	.tsc_khz = xen_tsc_khz,
	.clock_source = "from Xen's vcpu_time_info",
	.read_cr4 = xen_read_cr4,
};

const struct kernel_ops *kops = &early_native_ops;

LINKTABLE_INIT_TEXT
int platform_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	int xen = b ? b->subarch == LINKTABLE_SUBARCH_XEN : boot.entry == ENTRY_XEN_PV; /* legacy: the entry */

	/* A PC may run on Xen (PVH): then the hypercall page is up (a probe of
	 * the machine, made where the memory map needed it). */
	kops = xen ? &xen_ops : xen_hvm_hypercalls() ? &pc_on_xen_ops : &pc_ops;
	tprintk("platform: %s operations (console, exit, unmapping, clock, CR4)\n", kops->name);
	return 0;
}

LINKTABLE_INIT_TEXT
int traps_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)b;
	(void)step;
	kops->traps_init();
	return 0;
}

LINKTABLE_INIT_STEP(platform, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .provides = LINKTABLE_INIT_RESOURCES(console, exit, unmap), .early_init = platform_init);
LINKTABLE_INIT_STEP(traps, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .depends = LINKTABLE_INIT_DEPS(platform), .provides = LINKTABLE_INIT_RESOURCES(traps),
		    .early_init = traps_init);
