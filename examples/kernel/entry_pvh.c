/* SPDX-License-Identifier: MIT */
/*
 * entry_pvh.c - the PVH path (XEN_ELFNOTE_PHYS32_ENTRY): like Linux's
 * xen_prepare_pvh(), turn struct hvm_start_info into a zero page, then
 * continue on the native path (startup_64).  hardware_subarch stays 0 (PC):
 * a PVH guest has a PC's hardware model, unless the CPUID signature says
 * it runs on Xen.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

static struct boot_params pvh_zero_page;

LINKTABLE_INIT_TEXT
static int cpuid_says_xen(void)
{
	uint32_t r[4];

	cpuid(1, r);
	if (!(r[2] & (1u << 31)))
		return 0;
	for (uint32_t base = 0x40000000; base <= 0x40000100; base += 0x100) {
		cpuid(base, r);
		if (r[1] == 0x566e6558 && r[2] == 0x65584d4d && r[3] == 0x4d4d566e) /* XenVMMXenVMM */
			return 1;
	}
	return 0;
}

LINKTABLE_INIT_TEXT
struct boot_params *xen_prepare_pvh(const struct hvm_start_info *si)
{
	struct boot_params *zp = &pvh_zero_page;
	struct e820_entry *e820 = zp_e820(zp);
	unsigned int n = 0;
	int xen = 0;

	boot.tsc_entry = boot_tsc_entry;
	if (si->magic != XEN_HVM_START_MAGIC) {
		printk("PVH: hvm_start_info at %p has magic 0x%x, not 0x336ec578\n", (const void *)si, si->magic);
		kernel_exit(EXIT_BAD_ENTRY);
	}
	if (si->version >= 1 && si->memmap_paddr) {
		const struct hvm_memmap_table_entry *m = (const void *)(uintptr_t)si->memmap_paddr;

		for (; n < si->memmap_entries && n < ZP_E820_MAX; n++) {
			e820[n].addr = m[n].addr;
			e820[n].size = m[n].size;
			e820[n].type = m[n].type; /* the same type numbers as e820 */
		}
	}
	zp_put(zp, ZP_E820_ENTRIES, 1, n);
	memcpy(zp->raw + ZP_HEADER, "HdrS", 4);
	zp_put(zp, ZP_VERSION, 2, 0x020c);
	zp_put(zp, ZP_BOOT_FLAG, 2, 0xaa55);
	xen = cpuid_says_xen();
	/* Loader type as Linux's PVH entry sets it: 0x9 Xen, 0xb QEMU/other. */
	zp_put(zp, ZP_TYPE_OF_LOADER, 1, xen ? 0x90 : 0xb0);
	zp_put(zp, ZP_CMD_LINE_PTR, 4, (uint32_t)si->cmdline_paddr);
	zp_put(zp, ZP_HARDWARE_SUBARCH, 4, xen ? 2 : 0);
	boot.entry_name = "PVH (pvh_start -> xen_prepare_pvh -> startup_64 -> x86_64_start_kernel)";
	boot.zero_page_builder = xen ? "the PVH entry from hvm_start_info (cpuid: Xen)"
				     : "the PVH entry from hvm_start_info (cpuid: not Xen, subarch stays pc)";
	return zp;
}
