/* SPDX-License-Identifier: MIT */
/*
 * entry_pvh.c - the PVH path (XEN_ELFNOTE_PHYS32_ENTRY): like Linux's
 * xen_prepare_pvh(), turn struct hvm_start_info into a zero page, then
 * continue on the native path (startup_64).  hardware_subarch stays 0 (PC),
 * as in Linux's PVH entry: a PVH guest has a PC's hardware model (its own
 * page tables, IDT and CR4).  On Xen (CPUID signature) the entry must ask
 * for the hypercall page before the zero page can be built: a PVH dom0's
 * hvm_start_info has no memory map, which then comes from
 * XENMEM_memory_map; and its console is console_io.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

static struct boot_params pvh_zero_page;

LINKTABLE_INIT_TEXT
struct boot_params *xen_prepare_pvh(const struct hvm_start_info *si)
{
	struct boot_params *zp = &pvh_zero_page;
	struct e820_entry *e820 = zp_e820(zp);
	unsigned int n = 0;
	int xen;
	const char *map = "hvm_start_info";

	boot.tsc_entry = boot_tsc_entry;
	xen = xen_hvm_init_hypercalls();
	if (xen)
		kops = &early_xen_hvm_ops; /* COM1 is Xen's */
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
	if (n == 0 && xen) {
		/* As Linux does: Xen gives a PVH dom0 no map in hvm_start_info. */
		n = xen_hvm_memory_map(e820, ZP_E820_MAX);
		map = "XENMEM_memory_map";
	}
	zp_put(zp, ZP_E820_ENTRIES, 1, n);
	memcpy(zp->raw + ZP_HEADER, "HdrS", 4);
	zp_put(zp, ZP_VERSION, 2, 0x020c);
	zp_put(zp, ZP_BOOT_FLAG, 2, 0xaa55);
	/* Loader type as Linux's PVH entry sets it: 0x9 Xen, 0xb QEMU/other. */
	zp_put(zp, ZP_TYPE_OF_LOADER, 1, xen ? 0x90 : 0xb0);
	zp_put(zp, ZP_CMD_LINE_PTR, 4, (uint32_t)si->cmdline_paddr);
	zp_put(zp, ZP_HARDWARE_SUBARCH, 4, 0);
	boot.entry_name = "PVH (pvh_start -> xen_prepare_pvh -> startup_64 -> x86_64_start_kernel)";
	boot.zero_page_builder = !xen ? "the PVH entry from hvm_start_info (cpuid: not Xen, subarch stays pc)"
			       : n && map[0] == 'X' ? "the PVH entry, memory map from XENMEM_memory_map (on Xen, subarch stays pc)"
						    : "the PVH entry from hvm_start_info (on Xen, subarch stays pc)";
	return zp;
}
