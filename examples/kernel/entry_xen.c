/* SPDX-License-Identifier: MIT */
/*
 * entry_xen.c - the Xen PV path: startup_xen -> xen_start_kernel.  Like
 * Linux's, it builds the zero page from start_info and sets
 * hardware_subarch = 2 (Xen), then joins the common path.  Xen built the
 * page tables and maps the image at VIRT_BASE 0, so virtual = pseudo-
 * physical for the whole image.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

static struct boot_params xen_zero_page;

LINKTABLE_INIT_TEXT
void xen_start_kernel(struct xen_start_info *si)
{
	struct boot_params *zp = &xen_zero_page;
	struct e820_entry *e820 = zp_e820(zp);

	boot.tsc_entry = boot_tsc_entry;
	boot.entry = ENTRY_XEN_PV;
	/* The one thing the entry must choose: ring 3 under Xen, COM1 is Xen's,
	 * so even a bad start_info can only be reported through console_io. */
	kops = &xen_ops;
	if (memcmp(si->magic, "xen-3.0-x86_64", 14) != 0) {
		printk("Xen PV: start_info magic is not xen-3.0-x86_64\n");
		kernel_exit(EXIT_BAD_ENTRY);
	}
	/* Xen PV has no e820 from a BIOS: one RAM range of nr_pages pages. */
	e820[0].addr = 0;
	e820[0].size = (uint64_t)si->nr_pages * 4096;
	e820[0].type = E820_RAM;
	zp_put(zp, ZP_E820_ENTRIES, 1, 1);
	memcpy(zp->raw + ZP_HEADER, "HdrS", 4);
	zp_put(zp, ZP_VERSION, 2, 0x020c);
	zp_put(zp, ZP_BOOT_FLAG, 2, 0xaa55);
	zp_put(zp, ZP_TYPE_OF_LOADER, 1, 0x90);
	zp_put(zp, ZP_HARDWARE_SUBARCH, 4, 2);
	zp_put(zp, ZP_CMD_LINE_PTR, 4, (uint32_t)(uintptr_t)si->cmd_line);
	boot.zero_page = zp;
	boot.entry_name = "Xen PV (startup_xen -> xen_start_kernel)";
	boot.zero_page_builder = (si->flags & SIF_INITDOMAIN) ? "xen_start_kernel from start_info (dom0)"
							       : "xen_start_kernel from start_info (domU)";
	boot.xen_shared_info = si->shared_info;
	start_kernel();
}
