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

/* boot_cpu_flags: what head32.S found with CPUID before using it.  Long
 * mode and PAE are required (without them it stops in 32-bit code); the
 * rest is optional and used only when present. */
#define BOOT_CPU_NX 0x1    /* EFER.NXE set: page tables may use bit 63 */
#define BOOT_CPU_PGE 0x2   /* global pages (CR4.PGE) */
#define BOOT_CPU_FXSR 0x4  /* FXSAVE/SSE state: CR4.OSFXSR set */
#define BOOT_CPU_TSC 0x8   /* RDTSC */
#define BOOT_CPU_CHECKED 0x80 /* head32.S ran the checks (not Xen PV) */

/* isa-debug-exit value of a CPU without long mode, PAE or CPUID: written
 * by head32.S in 32-bit code (QEMU status 47). */
#define EXIT_UNSUPPORTED_CPU 0x17

/* The identity map head32.S builds: the first 4 GiB (4 page directories
 * of 2 MiB pages, the first BOOT_PT_PAGES * 2 MiB in 4 KiB pages), so that
 * anything a loader puts below 4 GiB (zero page, command line, e820 data,
 * hvm_start_info) is reachable, whatever the memory size. */
#define BOOT_IDENTITY_GIB 4

/* setup.S leaves this in boot_params.scratch (0x1e4): it built the zero page. */
#define SETUP_RAN_MAGIC 0x5553544c /* "LTSU" */

#endif
