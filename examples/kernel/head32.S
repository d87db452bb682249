/* SPDX-License-Identifier: MIT */
/*
 * head32.S - the 32-bit entries, at the start of the image:
 *   startup_32 (code32_start, 0x100000): %esi = the zero page (setup.S,
 *              GRUB linux);
 *   pvh_start  (XEN_ELFNOTE_PHYS32_ENTRY): %ebx = struct hvm_start_info.
 * Both: protected mode, paging off, interrupts off.  They record the TSC,
 * clear .bss, build an identity map of the first GiB and enter long mode
 * at startup_64 (bzImage) or through xen_prepare_pvh (PVH), as Linux does.
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
	rdtsc
	mov	%eax, boot_tsc_entry
	mov	%edx, boot_tsc_entry + 4
	mov	$ENTRY_BZIMAGE, %ebp
	jmp	common32

	.globl pvh_start
pvh_start:
	cli
	cld
	rdtsc
	mov	%eax, boot_tsc_entry
	mov	%edx, boot_tsc_entry + 4
	mov	%ebx, %esi
	mov	$ENTRY_PVH, %ebp

/* %esi = the entry's data (zero page or hvm_start_info), %ebp = entry kind. */
common32:
	lgdt	boot_gdt_desc
	ljmp	$BOOT_CS32, $1f
1:	mov	$BOOT_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	mov	%eax, %fs
	mov	%eax, %gs

	/* Loaders do not clear .bss. */
	mov	$__bss_start, %edi
	mov	$__bss_stop, %ecx
	sub	%edi, %ecx
	xor	%eax, %eax
	rep stosb

	/* Page tables, all in .bss: PML4[0] -> PDPT[0] -> PD; PD[0..3] -> 4 KiB
	 * tables, the rest 2 MiB pages.  Page 0 stays mapped: QEMU puts
	 * hvm_start_info there. */
	mov	$boot_pt, %edi
	mov	$(PTE_P | PTE_W), %eax
	mov	$(BOOT_PT_PAGES * 512), %ecx
	xor	%edx, %edx
2:	mov	%eax, (%edi, %edx, 8)
	add	$4096, %eax
	inc	%edx
	cmp	%ecx, %edx
	jb	2b

	mov	$boot_pd, %edi
	xor	%edx, %edx
	mov	$(boot_pt + PTE_P + PTE_W), %eax
4:	mov	%eax, (%edi, %edx, 8)
	add	$4096, %eax
	inc	%edx
	cmp	$BOOT_PT_PAGES, %edx
	jb	4b
	mov	$(BOOT_PT_PAGES << 21 | PTE_P | PTE_W | PTE_PS), %eax
5:	mov	%eax, (%edi, %edx, 8)
	add	$0x200000, %eax
	inc	%edx
	cmp	$512, %edx
	jb	5b

	movl	$(boot_pd + PTE_P + PTE_W), boot_pdpt
	movl	$(boot_pdpt + PTE_P + PTE_W), boot_pml4

	/* PAE, SSE state (compiled C may use SSE), long mode, paging. */
	mov	%cr4, %eax
	or	$(CR4_PAE | CR4_OSFXSR | CR4_OSXMMEXCPT), %eax
	mov	%eax, %cr4
	mov	$boot_pml4, %eax
	mov	%eax, %cr3
	mov	$MSR_EFER, %ecx
	rdmsr
	or	$(EFER_LME | EFER_NX), %eax
	wrmsr
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

	/* Written before .bss is cleared, so it lives in .data. */
	.globl boot_tsc_entry
boot_tsc_entry:
	.quad	0

	.section .bss
	.balign	4096
	.globl boot_pml4, boot_pdpt, boot_pd, boot_pt
boot_pml4:	.skip 4096
boot_pdpt:	.skip 4096
boot_pd:	.skip 4096
boot_pt:	.skip 4096 * BOOT_PT_PAGES
	.globl boot_entry_kind
boot_entry_kind: .long 0
	.balign	16
	.globl boot_stack, boot_stack_top
boot_stack:	.skip BOOT_STACK_SIZE
boot_stack_top:
