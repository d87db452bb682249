/* SPDX-License-Identifier: MIT */
/*
 * head64.S - the Xen PV entry and the hypercall page.
 *
 * startup_xen (XEN_ELFNOTE_ENTRY): Xen enters in 64-bit mode, ring 3, on
 * its own page tables and stack, %rsi = start_info.  Like Linux's
 * startup_xen it switches to the kernel stack and calls xen_start_kernel.
 */
#include "boot_abi.h"

	.section .text
	.globl startup_xen
startup_xen:
	cld
	rdtsc
	shl	$32, %rdx
	or	%rdx, %rax
	mov	%rax, boot_tsc_entry(%rip)
	mov	%rsi, %r12
	/* Xen's loader zeroes .bss; clear it anyway: it is the kernel's rule. */
	lea	__bss_start(%rip), %rdi
	lea	__bss_stop(%rip), %rcx
	sub	%rdi, %rcx
	xor	%eax, %eax
	rep stosb
	lea	boot_stack_top(%rip), %rsp
	movl	$ENTRY_XEN_PV, boot_entry_kind(%rip)
	mov	%r12, %rdi
	call	xen_start_kernel
1:	jmp	1b

	/* Filled in by Xen when it loads the image (XEN_ELFNOTE_HYPERCALL_PAGE):
	 * hypercall N is "call hypercall_page + 32 * N". */
	.section .text.hypercall, "ax"
	.balign	4096
	.globl hypercall_page
hypercall_page:
	.fill	4096, 1, 0xcc
