/* SPDX-License-Identifier: MIT */
/*
 * cr4.c - the cr4 shadow, one implementation per subarch.  Linux keeps a
 * copy of CR4 so that it never has to read the register; the native path
 * gained cr4_init_shadow() and the Xen PV path did not, and Xen guests
 * crashed (fixed by commit 5054daa285be).  Here each subarch has its own
 * step and the planner runs the one that matches, on every entry.
 *   pc:  the real CR4: enable global pages (PGE), then record it;
 *   xen: CR4 writes are privileged under PV: record what Xen reports for
 *        a read (Xen emulates "mov %cr4") and never write it.
 */
#include <linktable/free.h>
#include <linktable/init.h>

#include "kernel.h"

#define X86_CR4_PGE 0x80u

LINKTABLE_ONLY_TEXT(PC)
static int cr4_init_shadow_native(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	uint64_t cr4;

	(void)b;
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	__asm__ volatile("mov %0, %%cr4" : : "r"(cr4 | X86_CR4_PGE));
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4));
	boot.cr4_shadow = cr4;
	boot.cr4_shadow_valid = 1;
	tprintk("cr4: shadow 0x%lx from the register (native, PGE set)\n", (unsigned long)cr4);
	return 0;
}

LINKTABLE_ONLY_TEXT(XEN)
static int cr4_init_shadow_xen(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	uint64_t cr4;

	(void)b;
	__asm__ volatile("mov %%cr4, %0" : "=r"(cr4)); /* trapped and emulated by Xen */
	boot.cr4_shadow = cr4;
	boot.cr4_shadow_valid = 1;
	tprintk("cr4: shadow 0x%lx as Xen reports it (PV: CR4 writes are privileged)\n", (unsigned long)cr4);
	return 0;
}

LINKTABLE_INIT_STEP(cr4_shadow_pc, 0, LINKTABLE_SUBARCHS(PC), .flags = LINKTABLE_INIT_CRITICAL,
		    .early_init = cr4_init_shadow_native);
LINKTABLE_INIT_STEP(cr4_shadow_xen, 0, LINKTABLE_SUBARCHS(XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .early_init = cr4_init_shadow_xen);
