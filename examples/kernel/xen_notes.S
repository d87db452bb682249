/* SPDX-License-Identifier: MIT */
/*
 * xen_notes.S - the ELF notes (name "Xen") that make the ELF bootable by
 * Xen as a PV guest (ENTRY, HYPERCALL_PAGE, ...) and by PVH loaders
 * (PHYS32_ENTRY, which QEMU -kernel uses).  Xen's loader wants LOADER
 * "generic" (or GUEST_OS "linux") and XEN_VERSION "xen-3.0"; dom0 needs the
 * XENFEAT_dom0 bit in SUPPORTED_FEATURES.
 */
#include "boot_abi.h"
#include "xen_abi.h"

#define XEN_NOTE(type, desc_directive, ...) \
	.balign 4; \
	.long 4, 2f - 1f, type; \
	.asciz "Xen"; \
1:	desc_directive __VA_ARGS__; \
2:	.balign 4

	.section .note.Xen, "a", @note
	XEN_NOTE(XEN_ELFNOTE_GUEST_OS, .asciz, "linktable-kernel")
	XEN_NOTE(XEN_ELFNOTE_GUEST_VERSION, .asciz, "0.1.0")
	XEN_NOTE(XEN_ELFNOTE_LOADER, .asciz, "generic")
	XEN_NOTE(XEN_ELFNOTE_XEN_VERSION, .asciz, "xen-3.0")
	XEN_NOTE(XEN_ELFNOTE_VIRT_BASE, .quad, 0)
	XEN_NOTE(XEN_ELFNOTE_PADDR_OFFSET, .quad, 0)
	XEN_NOTE(XEN_ELFNOTE_ENTRY, .quad, startup_xen)
	XEN_NOTE(XEN_ELFNOTE_HYPERCALL_PAGE, .quad, hypercall_page)
	XEN_NOTE(XEN_ELFNOTE_SUPPORTED_FEATURES, .long, 1 << XENFEAT_dom0)
	XEN_NOTE(XEN_ELFNOTE_PHYS32_ENTRY, .quad, pvh_start)
