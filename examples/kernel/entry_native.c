/* SPDX-License-Identifier: MIT */
/*
 * entry_native.c - the native path: startup_64 -> x86_64_start_kernel with
 * the zero page a Linux boot loader built (setup.S for QEMU -kernel, GRUB
 * linux directly) or the one xen_prepare_pvh built.
 */
#include <linktable/free.h>

#include "kernel.h"

static const char *loader_name(unsigned int type)
{
	switch (type >> 4) {
	case 0x7:
		return "GRUB";
	case 0x9:
		return "Xen";
	case 0xb:
		return "QEMU";
	default:
		return "unknown loader";
	}
}

LINKTABLE_INIT_TEXT
void x86_64_start_kernel(struct boot_params *zero_page)
{
	boot.tsc_entry = boot_tsc_entry;
	boot.entry = boot_entry_kind;
	boot.zero_page = zero_page;
	if (boot.entry == ENTRY_BZIMAGE) {
		boot.entry_name = "bzImage code32_start (startup_32 -> startup_64 -> x86_64_start_kernel)";
		const char *loader = loader_name(zp_get(zero_page, ZP_TYPE_OF_LOADER, 1));

		boot.zero_page_builder = loader;
		if (zp_get(zero_page, ZP_SCRATCH, 4) == SETUP_RAN_MAGIC)
			boot.zero_page_builder = !memcmp(loader, "QEMU", 4) ? "QEMU, then setup.S in real mode"
									    : "GRUB, then setup.S in real mode";
	}
	start_kernel();
}
