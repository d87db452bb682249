/* SPDX-License-Identifier: MIT */
/*
 * head32.S - the 32-bit entries, at the start of the image:
 *   startup_32 (code32_start, 0x100000): %esi = the zero page (setup.S,
 *              GRUB linux);
 *   pvh_start  (XEN_ELFNOTE_PHYS32_ENTRY): %ebx = struct hvm_start_info.
 * Both: protected mode, paging off, interrupts off.  They check the CPU
 * with CPUID (long mode, PAE and CMOV required, else a message on COM1 and
 * isa-debug-exit from 32-bit code; NX, PGE, FXSR used only when present),
 * record the TSC, clear .bss, build an identity map of the first 4 GiB and
 * enter long mode at startup_64 (bzImage) or through xen_prepare_pvh
 * (PVH), as Linux does.
 */
#include "boot_abi.h"

#define CR0_PE 0x1
#define CR0_MP 0x2
#define CR0_EM 0x4
#define CR0_PG 0x80000000
#define CR4_PAE 0x20
#define CR4_OSFXSR 0x200
#define CR4_OSXMMEXCPT 0x400
#define MSR_EFER 0xc0000080
#define EFER_LME 0x100
#define EFER_NX 0x800
#define PTE_P 0x1
#define PTE_W 0x2
#define PTE_PS 0x80

	.code32
	.section .head.text, "ax"
	.globl startup_32
startup_32:
	cli
	cld
	mov	$ENTRY_BZIMAGE, %ebp
	jmp	common32

	.globl pvh_start
pvh_start:
	cli
	cld
	mov	%ebx, %esi
	mov	$ENTRY_PVH, %ebp

/* %esi = the entry's data (zero page or hvm_start_info), %ebp = entry kind.
 * Only what must precede reading the zero page happens here: a GDT we
 * own, the CPU checks (a CPU that cannot run 64-bit code is told so here,
 * in 32-bit code, on COM1), page tables and long mode. */
common32:
	lgdt	boot_gdt_desc
	ljmp	$BOOT_CS32, $1f
1:	mov	$BOOT_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	mov	%eax, %fs
	mov	%eax, %gs
	mov	$boot_stack_top, %esp	/* the boot protocol gives no stack */

	/* CPUID exists when EFLAGS.ID (bit 21) can be flipped. */
	pushfl
	pop	%eax
	mov	%eax, %ecx
	xor	$0x200000, %eax
	push	%eax
	popfl
	pushfl
	pop	%eax
	push	%ecx
	popfl
	xor	%ecx, %eax
	test	$0x200000, %eax
	jz	no_cpuid
	mov	$0x80000000, %eax
	cpuid
	cmp	$0x80000001, %eax
	jb	no_long_mode
	mov	$0x80000001, %eax
	cpuid
	test	$(1 << 29), %edx	/* LM */
	jz	no_long_mode
	mov	$BOOT_CPU_CHECKED, %edi
	test	$(1 << 20), %edx	/* NX: optional */
	jz	2f
	or	$BOOT_CPU_NX, %edi
2:	mov	$1, %eax
	cpuid
	test	$(1 << 6), %edx		/* PAE */
	jz	no_pae
	/* CMOV: in every x86-64 CPU, so compilers use it in 64-bit code
	 * unasked; a CPU model without it (QEMU's -cpu qemu64,-cmov) would
	 * fault in the first C function, before any console. */
	test	$(1 << 15), %edx
	jz	no_cmov
	test	$(1 << 13), %edx	/* PGE: optional */
	jz	3f
	or	$BOOT_CPU_PGE, %edi
3:	test	$(1 << 24), %edx	/* FXSR: optional */
	jz	4f
	or	$BOOT_CPU_FXSR, %edi
4:	test	$(1 << 4), %edx		/* TSC */
	jz	5f
	or	$BOOT_CPU_TSC, %edi
	rdtsc
	mov	%eax, boot_tsc_entry
	mov	%edx, boot_tsc_entry + 4
5:	mov	%edi, boot_cpu_flags

	/* Loaders do not clear .bss. */
	mov	$__bss_start, %edi
	mov	$__bss_stop, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	rep stosb

	/* Page tables, all in .bss: PML4[0] -> PDPT[0..3] -> 4 page directories
	 * (the first 4 GiB); PD[0..BOOT_PT_PAGES-1] -> 4 KiB tables, the rest
	 * 2 MiB pages.  Page 0 stays mapped: QEMU puts hvm_start_info there. */
	mov	$boot_pt, %edi
	mov	$(PTE_P | PTE_W), %eax
	mov	$(BOOT_PT_PAGES * 512), %ecx
	xor	%edx, %edx
6:	mov	%eax, (%edi, %edx, 8)
	add	$4096, %eax
	inc	%edx
	cmp	%ecx, %edx
	jb	6b

	mov	$boot_pd, %edi
	xor	%edx, %edx
	mov	$(boot_pt + PTE_P + PTE_W), %eax
7:	mov	%eax, (%edi, %edx, 8)
	add	$4096, %eax
	inc	%edx
	cmp	$BOOT_PT_PAGES, %edx
	jb	7b
	mov	$(BOOT_PT_PAGES << 21 | PTE_P | PTE_W | PTE_PS), %eax
8:	mov	%eax, (%edi, %edx, 8)
	add	$0x200000, %eax
	inc	%edx
	cmp	$(512 * BOOT_IDENTITY_GIB), %edx
	jb	8b

	mov	$boot_pdpt, %edi
	xor	%edx, %edx
	mov	$(boot_pd + PTE_P + PTE_W), %eax
9:	mov	%eax, (%edi, %edx, 8)
	add	$4096, %eax
	inc	%edx
	cmp	$BOOT_IDENTITY_GIB, %edx
	jb	9b
	movl	$(boot_pdpt + PTE_P + PTE_W), boot_pml4

	/* PAE; SSE state only where FXSR is (the C code uses general
	 * registers only); long mode; NX only where CPUID has it (otherwise
	 * bit 63 of a page-table entry is reserved and faults); paging. */
	mov	%cr4, %eax
	or	$CR4_PAE, %eax
	testl	$BOOT_CPU_FXSR, boot_cpu_flags
	jz	10f
	or	$(CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
10:	mov	%eax, %cr4
	mov	$boot_pml4, %eax
	mov	%eax, %cr3
	mov	$MSR_EFER, %ecx
	rdmsr
	or	$EFER_LME, %eax
	testl	$BOOT_CPU_NX, boot_cpu_flags
	jz	11f
	or	$EFER_NX, %eax
11:	wrmsr
	mov	%cr0, %eax
	and	$~CR0_EM, %eax
	or	$(CR0_PG | CR0_PE | CR0_MP), %eax
	mov	%eax, %cr0
	ljmp	$BOOT_CS64, $long_mode

	.code64
long_mode:
	mov	$BOOT_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	xor	%eax, %eax
	mov	%eax, %fs
	mov	%eax, %gs
	lea	boot_stack_top(%rip), %rsp
	mov	%ebp, boot_entry_kind(%rip)
	mov	%esi, %edi		/* zero-extends */
	cmp	$ENTRY_PVH, %ebp
	jne	startup_64
	call	xen_prepare_pvh		/* builds the zero page, returns it */
	mov	%rax, %rdi
	jmp	startup_64

/* A CPU this 64-bit kernel cannot run on: said on COM1 from 32-bit code,
 * then isa-debug-exit (without it: halt). */
	.code32
no_cpuid:
	mov	$msg_no_cpuid, %esi
	jmp	cpu_fail
no_long_mode:
	mov	$msg_no_long_mode, %esi
	jmp	cpu_fail
no_pae:
	mov	$msg_no_pae, %esi
	jmp	cpu_fail
no_cmov:
	mov	$msg_no_cmov, %esi
cpu_fail:
	movzbl	(%esi), %ecx
	test	%ecx, %ecx
	jz	14f
	mov	$100000, %ebx
12:	mov	$0x3fd, %dx		/* COM1 line status: transmitter empty? */
	inb	%dx, %al
	test	$0x20, %al
	jnz	13f
	dec	%ebx
	jnz	12b
13:	mov	$0x3f8, %dx
	mov	%cl, %al
	outb	%al, %dx
	inc	%esi
	jmp	cpu_fail
14:	mov	$EXIT_UNSUPPORTED_CPU, %al
	outb	%al, $0xf4
15:	cli
	hlt
	jmp	15b
	.code64

/* The native 64-bit path, %rdi = the zero page (Linux: %rsi). */
	.globl startup_64
startup_64:
	lea	boot_stack_top(%rip), %rsp
	call	x86_64_start_kernel
6:	hlt
	jmp	6b

	.section .data
	.balign	8
boot_gdt:
	.quad	0
	.quad	0x00af9a000000ffff	/* 0x08: 64-bit code */
	.quad	0x00cf9a000000ffff	/* 0x10: 32-bit code */
	.quad	0x00cf92000000ffff	/* 0x18: data */
	.globl boot_gdt_desc
boot_gdt_desc:
	.word	boot_gdt_desc - boot_gdt - 1
	.quad	boot_gdt

	/* Written before .bss is cleared, so they live in .data. */
	.globl boot_tsc_entry
boot_tsc_entry:
	.quad	0
	.globl boot_cpu_flags
boot_cpu_flags:
	.long	0

	.section .rodata
msg_no_cpuid:
	.asciz	"linktable-kernel: this CPU has no CPUID instruction: it cannot run a 64-bit kernel\r\n"
msg_no_long_mode:
	.asciz	"linktable-kernel: this CPU has no long mode (CPUID 0x80000001 EDX bit 29): it cannot run a 64-bit kernel\r\n"
msg_no_pae:
	.asciz	"linktable-kernel: this CPU has no PAE (CPUID 1 EDX bit 6): long mode needs it\r\n"
msg_no_cmov:
	.asciz	"linktable-kernel: this CPU has no CMOV (CPUID 1 EDX bit 15): every x86-64 CPU has it and the 64-bit code uses it\r\n"

	.section .bss
	.balign	4096
	.globl boot_pml4, boot_pdpt, boot_pd, boot_pt
boot_pml4:	.skip 4096
boot_pdpt:	.skip 4096
boot_pd:	.skip 4096 * BOOT_IDENTITY_GIB
boot_pt:	.skip 4096 * BOOT_PT_PAGES
	.globl boot_entry_kind
boot_entry_kind: .long 0
	.balign	16
	.globl boot_stack, boot_stack_top
boot_stack:	.skip BOOT_STACK_SIZE
boot_stack_top:
