/* SPDX-License-Identifier: MIT */
/*
 * The cr4 shadow.  Native boot gained cr4_init_shadow() in
 * x86_64_start_kernel(); the Xen PV entry did not, and Xen guests crashed on
 * the first use of the shadow until commit 5054daa285be ("x86/xen: Initialize
 * cr4 shadow for 64-bit PV(H) guests").  As an init step on the common path
 * it runs on every entry, so it cannot be forgotten on one.
 */
#include <stdio.h>

#include <linktable/free.h>

#include "demo.h"

#define X86_CR4_PAE 0x20ul
#define X86_CR4_PGE 0x80ul
#define X86_CR4_OSFXSR 0x200ul

void demo_cr4_init_shadow(struct demo_machine *m)
{
	/* The simulated "mov %cr4": what a 64-bit kernel always has set. */
	m->cr4_shadow = X86_CR4_PAE | X86_CR4_PGE | X86_CR4_OSFXSR;
}

LINKTABLE_INIT_TEXT
static int cr4_init_shadow(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	demo_cr4_init_shadow(demo_machine(boot));
	return 0;
}

/* With --legacy-entries the step is left out, as the code was before the
 * fix: each entry had to remember the shadow itself. */
LINKTABLE_INIT_TEXT
static int on_common_path(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	return !demo_machine(boot)->legacy_entries;
}

LINKTABLE_INIT_STEP(cr4_shadow, 0, LINKTABLE_SUBARCHS_ALL,
		    .flags = LINKTABLE_INIT_CRITICAL,
		    .detect = on_common_path,
		    .early_init = cr4_init_shadow);

/* The first user of the shadow: a global TLB flush toggles CR4.PGE as
 * recorded in the shadow.  With no shadow it would clear every CR4 bit. */
LINKTABLE_INIT_TEXT
static int flush_tlb_global(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	struct demo_machine *m = demo_machine(boot);

	(void)step;
	if (!(m->cr4_shadow & X86_CR4_PGE)) {
		if (m->verbose)
			printf("    tlb_flush: the cr4 shadow is 0, so the flush would clear every CR4 bit:\n"
			       "    the crash that commit 5054daa285be fixed\n");
		return -14; /* -EFAULT: the crash of the seed, caught */
	}
	return 0;
}

LINKTABLE_INIT_STEP(tlb_flush, 0, LINKTABLE_SUBARCHS_ALL,
		    .flags = LINKTABLE_INIT_CRITICAL,
		    .soft_depends = LINKTABLE_INIT_DEPS(cr4_shadow),
		    .early_init = flush_tlb_global);
