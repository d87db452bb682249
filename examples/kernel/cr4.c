/* SPDX-License-Identifier: MIT */
/*
 * cr4.c - the cr4 shadow, as Linux keeps it: a per-CPU copy of CR4 that
 * later code reads (cr4_read_shadow()) and changes (cr4_set_bits()) so
 * that it never has to read the register.  The shadow lives in per-CPU
 * state reached through a pointer that only cr4_init_shadow() sets: before
 * that it holds a poison (non-canonical) address, so a read before the
 * initialisation faults - which is what happened to Xen PV guests when the
 * native path gained cr4_init_shadow() and the Xen path did not (fixed by
 * commit 5054daa285be).  Here the step that sets the shadow up ("cr4_shadow")
 * provides the resource cr4_shadow, and every step that uses it says so
 * and depends on it: "linktable check" and the planner refuse a table
 * where a user of the shadow can run without it on a subarch it supports.
 *   pc:  the shadow is read from the register;
 *   xen: what Xen reports for a read (Xen emulates "mov %cr4"); CR4 writes
 *        are Xen's business, so cr4_set_bits() refuses there.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define X86_CR4_PGE 0x80u

struct cpu_state {
	uint64_t cr4;
};

static struct cpu_state boot_cpu_state;
/* Linux's poison style: a non-canonical address faults on any access. */
static struct cpu_state *this_cpu = (struct cpu_state *)0xdead000000000100ull;

LINKTABLE_INIT_TEXT
int cr4_init_shadow(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)b;
	(void)step;
	this_cpu = &boot_cpu_state;
	this_cpu->cr4 = kops->read_cr4();
	tprintk("cr4: shadow 0x%lx %s\n", (unsigned long)this_cpu->cr4,
		kops->write_cr4 ? "from the register (native)" : "as Xen reports it (PV: CR4 writes are privileged)");
	return 0;
}

int cr4_shadow_ready(void)
{
	return this_cpu == &boot_cpu_state;
}

uint64_t cr4_read_shadow(void)
{
	return this_cpu->cr4;
}

/* Sets @mask in CR4 through the shadow; 0, or -EPERM where CR4 is the
 * hypervisor's. */
int cr4_set_bits(uint64_t mask)
{
	uint64_t cr4 = this_cpu->cr4;

	if ((cr4 | mask) == cr4)
		return 0;
	if (!kops->write_cr4)
		return -1;
	this_cpu->cr4 = cr4 | mask;
	kops->write_cr4(this_cpu->cr4);
	return 0;
}

/* Global pages: common code for every subarch, on the shadow alone.  Set
 * when the CPU has them (CPUID) and CR4 is ours; reported otherwise. */
LINKTABLE_INIT_TEXT
int pge_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	uint32_t r[4];
	uint64_t cr4;

	(void)b;
	(void)step;
	cr4 = cr4_read_shadow();
	cpuid(1, r);
	if (!(r[3] & (1u << 13))) {
		tprintk("pge: the CPU has no global pages (CPUID.1:EDX.PGE clear): done without\n");
		return 0;
	}
	if (cr4 & X86_CR4_PGE)
		tprintk("pge: global pages already on (cr4 shadow 0x%lx)\n", (unsigned long)cr4);
	else if (cr4_set_bits(X86_CR4_PGE) == 0)
		tprintk("pge: global pages on: cr4 0x%lx -> 0x%lx through the shadow\n", (unsigned long)cr4,
			(unsigned long)cr4_read_shadow());
	else
		tprintk("pge: CR4 is the hypervisor's (shadow 0x%lx): global pages left as they are\n",
			(unsigned long)cr4);
	return 0;
}

LINKTABLE_INIT_STEP(cr4_shadow, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL,
		    .depends = LINKTABLE_INIT_DEPS(traps), .provides = LINKTABLE_INIT_RESOURCES(cr4_shadow),
		    .early_init = cr4_init_shadow);
#ifndef KERNEL_BROKEN_CR4_DEPENDENCY
LINKTABLE_INIT_STEP(pge, 5, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(cr4_shadow),
		    .uses = LINKTABLE_INIT_RESOURCES(cr4_shadow), .early_init = pge_init);
#else
/* The seed's bug, for the test that "linktable check" refuses it: a user of
 * the shadow that does not depend on its initialisation. */
LINKTABLE_INIT_STEP(pge, 5, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(platform),
		    .uses = LINKTABLE_INIT_RESOURCES(cr4_shadow), .early_init = pge_init);
#endif
