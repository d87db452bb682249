/* SPDX-License-Identifier: MIT */
/*
 * traps.c - what every exception comes to: a page fault in freed memory
 * is reported by range ("call into freed init memory at ADDR (range
 * init_text)") and ends the run with EXIT_USE_AFTER_FREE; anything else
 * is an unexpected fault.
 */
#include <linktable/free.h>

#include "kernel.h"

#define PF_INSTRUCTION 0x10

struct trap_frame {
	uint64_t vector, error, rip, cs, rflags, rsp, ss;
};

static const char *const exception_names[32] = {
	[0] = "divide error", [1] = "debug", [2] = "NMI", [3] = "breakpoint",
	[6] = "invalid opcode", [8] = "double fault", [13] = "general protection fault",
	[14] = "page fault",
};

/* A page fault: named by range if it hit released memory.  Returns the
 * exit code. */
static unsigned int report_page_fault(uintptr_t addr, uintptr_t rip, uint64_t error)
{
	const struct linktable_free_range *r = linktable_free_find(LINKTABLE_FREE_SET, (const void *)addr);
	int call = (error & PF_INSTRUCTION) || addr == rip;

	if (r && linktable_free_is_released((const void *)addr)) {
		printk("BUG: %s freed %s memory at 0x%lx (range %s)\n", call ? "call into" : "access to",
		       r->label, (unsigned long)addr, r->range->name);
		return EXIT_USE_AFTER_FREE;
	}
	printk("BUG: unable to handle page fault at 0x%lx, rip 0x%lx, error 0x%lx\n", (unsigned long)addr,
	       (unsigned long)rip, (unsigned long)error);
	return EXIT_UNEXPECTED_FAULT;
}


__attribute__((noreturn, used)) void trap_handler(struct trap_frame *f)
{
	const char *name = f->vector < 32 && exception_names[f->vector] ? exception_names[f->vector] : "exception";

	if (f->vector == 14)
		kernel_exit(report_page_fault(kops->fault_address(), f->rip, f->error));
	printk("BUG: %s (vector %lu) at rip 0x%lx, error 0x%lx\n", name, (unsigned long)f->vector,
	       (unsigned long)f->rip, (unsigned long)f->error);
	if (!cr4_shadow_ready() && f->vector == 13) {
		/* The poison in the shadow's per-CPU pointer: the seed's crash. */
		printk("BUG: the cr4 shadow was read before cr4_init_shadow() set it up on this path "
		       "(the Xen PV crash that commit 5054daa285be fixed)\n");
		kernel_exit(EXIT_LEGACY_CRASH);
	}
	kernel_exit(EXIT_UNEXPECTED_FAULT);
}
