/* SPDX-License-Identifier: MIT */
/*
 * trap_entry.S - exception entry stubs for vectors 0..31, natively (IDT)
 * and under Xen PV (trap table).  Each stub leaves the same frame for
 * trap_handler(): vector, error code (0 if the CPU pushes none), rip, cs,
 * rflags, rsp, ss.  Xen PV frames start with rcx and r11 (its return path
 * is sysret-like): the Xen stubs drop them first.  Handlers never return:
 * a fault in this kernel ends the run.
 */

	.macro STUB prefix, v, xen
	.balign 16
\prefix\()_\v:
	.if \xen
	pop	%rcx
	pop	%r11
	.endif
	.if !((\v == 8) || ((\v >= 10) && (\v <= 14)) || (\v == 17) || (\v == 21) || (\v == 29) || (\v == 30))
	pushq	$0
	.endif
	pushq	$\v
	jmp	\prefix\()_common
	.endm

	.macro STUBS prefix, xen
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	STUB \prefix, \v, \xen
	.endr
\prefix\()_common:
	mov	%rsp, %rdi
	and	$-16, %rsp
	call	trap_handler
1:	jmp	1b
	.endm

	.macro TABLE prefix
	.irp v, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.quad	\prefix\()_\v
	.endr
	.endm

	/* Native stubs are PC-only memory, Xen's Xen-only: each is released
	 * where it cannot be used. */
	.section linktable_range_only_PC_text, "axR", @progbits
	STUBS native_trap, 0
	.section linktable_range_only_XEN_text, "axR", @progbits
	STUBS xen_trap, 1

	.section linktable_range_only_PC_data, "awR", @progbits
	.balign 8
	.globl native_trap_stubs
native_trap_stubs:
	TABLE native_trap
	.section linktable_range_only_XEN_data, "awR", @progbits
	.balign 8
	.globl xen_trap_stubs
xen_trap_stubs:
	TABLE xen_trap
