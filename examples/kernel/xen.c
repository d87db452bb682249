/* SPDX-License-Identifier: MIT */
/*
 * xen.c - hypercalls through the hypercall page Xen filled in, and the end
 * of a PV run.  Arguments go in rdi, rsi, rdx (then r10, r8); the page's
 * stubs clobber rcx and r11 (syscall).  Xen fills the page itself for a
 * PV guest (XEN_ELFNOTE_HYPERCALL_PAGE); a PVH guest asks for it through
 * an MSR (xen_hvm.c).  The hypercalls and console_io are ordinary text:
 * both subarchs may run on Xen.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

extern char hypercall_page[];

/* Plain text, not only_XEN: a PVH guest (subarch pc) on Xen calls them too. */
long xen_hypercall2(unsigned int nr, unsigned long a1, unsigned long a2)
{
	register unsigned long rdi __asm__("rdi") = a1;
	register unsigned long rsi __asm__("rsi") = a2;
	long ret;

	__asm__ volatile("call *%[entry]"
			 : "=a"(ret), "+r"(rdi), "+r"(rsi)
			 : [entry] "r"(hypercall_page + 32 * nr)
			 : "rcx", "r11", "rdx", "r10", "r8", "memory");
	return ret;
}

long xen_hypercall3(unsigned int nr, unsigned long a1, unsigned long a2, unsigned long a3)
{
	register unsigned long rdi __asm__("rdi") = a1;
	register unsigned long rsi __asm__("rsi") = a2;
	register unsigned long rdx __asm__("rdx") = a3;
	long ret;

	__asm__ volatile("call *%[entry]"
			 : "=a"(ret), "+r"(rdi), "+r"(rsi), "+r"(rdx)
			 : [entry] "r"(hypercall_page + 32 * nr)
			 : "rcx", "r11", "r10", "r8", "memory");
	return ret;
}

/* Dom0 may do port I/O once it raised its I/O privilege level: then the
 * write reaches QEMU's isa-debug-exit like a native one.  Without the
 * device, power off (which halts Xen's machine). */
LINKTABLE_ONLY_TEXT(XEN)
void xen_exit(unsigned int code)
{
	uint32_t iopl = 1;
	uint32_t reason = SHUTDOWN_poweroff;

	if (xen_hypercall2(__HYPERVISOR_physdev_op, PHYSDEVOP_set_iopl, (uintptr_t)&iopl) == 0)
		outb(0xf4, (uint8_t)code);
	for (;;)
		xen_hypercall2(__HYPERVISOR_sched_op, SCHEDOP_shutdown, (uintptr_t)&reason);
}

/* The console under Xen PV, where Xen owns COM1: console_io, whose text
 * appears on Xen's serial console. */
void xen_console_write(const char *s, size_t len)
{
	xen_hypercall3(__HYPERVISOR_console_io, CONSOLEIO_write, len, (uintptr_t)s);
}
