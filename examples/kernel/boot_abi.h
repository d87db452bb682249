/* SPDX-License-Identifier: MIT */
/*
 * What the assembly entries and the C code agree on: segment selectors,
 * entry kinds, the load address.  Included by .S and .c files alike.
 */
#ifndef KERNEL_BOOT_ABI_H
#define KERNEL_BOOT_ABI_H

/* Physical (and, under Xen PV, virtual) address of the image: where a
 * bzImage's protected-mode part is loaded (code32_start). */
#define KERNEL_LOAD_ADDR 0x100000

/* Our GDT: the boot protocol's __BOOT_CS/__BOOT_DS are 0x10/0x18. */
#define BOOT_CS64 0x08
#define BOOT_CS32 0x10
#define BOOT_DS 0x18

/* Which entry the image came in by (boot_entry_kind). */
#define ENTRY_BZIMAGE 1 /* code32_start: QEMU -kernel (after setup.S), GRUB linux */
#define ENTRY_PVH 2     /* XEN_ELFNOTE_PHYS32_ENTRY */
#define ENTRY_XEN_PV 3  /* XEN_ELFNOTE_ENTRY */

/* Identity mapping built by head32.S: the first BOOT_PT_PAGES * 2 MiB in
 * 4 KiB pages (so single pages of the image can be unmapped), the rest of
 * the first GiB in 2 MiB pages. */
#define BOOT_PT_PAGES 4

#define BOOT_STACK_SIZE 16384

/* setup.S leaves this in boot_params.scratch (0x1e4): it built the zero page. */
#define SETUP_RAN_MAGIC 0x5553544c /* "LTSU" */

#endif
