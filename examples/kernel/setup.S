/* SPDX-License-Identifier: MIT */
/*
 * setup.S - the real-mode part of the bzImage (the setup sectors): the
 * boot sector stub, the setup header ("HdrS", protocol 2.12) and the setup
 * code that QEMU -kernel and GRUB linux16 run in real mode.
 *
 * Loaders that run it (QEMU's linuxboot option ROM, GRUB linux16) jump to
 * offset 0x200 with CS = setup segment + 0x20.  It copies the patched
 * header into a clean zero page, reads the BIOS e820 map, enables A20,
 * enters 32-bit protected mode and jumps to code32_start with %esi = the
 * zero page - the state GRUB linux sets up without running this code.
 *
 * Linked at 0 (setup.ld): every address here is an offset in the segment.
 * setup_sects, syssize and init_size are patched by mkbzimage.sh.
 */
#include "boot_abi.h"

#define SMAP 0x534d4150
#define ZP_OFF(x) (zero_page + (x))

	.code16
	.section .setup, "ax"
	.globl _start
_start:
	/* Booted from a floppy or disk directly: say so and stop. */
	ljmp	$0x07c0, $1f - _start
1:	mov	%cs, %ax
	mov	%ax, %ds
	lea	bootsect_msg, %si
2:	lodsb
	test	%al, %al
	jz	3f
	mov	$0x0e, %ah
	mov	$7, %bx
	int	$0x10
	jmp	2b
3:	hlt
	jmp	3b
bootsect_msg:
	.asciz	"linktable-kernel: boot me with a Linux boot loader (GRUB linux, QEMU -kernel)\r\n"

	.org	0x1f1
hdr:
setup_sects:	.byte 0			/* patched */
root_flags:	.word 0
syssize:	.long 0			/* patched: 16-byte units */
ram_size:	.word 0
vid_mode:	.word 0xffff		/* NORMAL_VGA */
root_dev:	.word 0
boot_flag:	.word 0xaa55
	.org	0x200
	.byte	0xeb, start_of_setup - 1f	/* the jump at 0x200 */
1:	.ascii	"HdrS"
version:	.word 0x020c
realmode_swtch:	.long 0
start_sys_seg:	.word 0x1000
kernel_version:	.word kernel_version_str - 0x200
type_of_loader:	.byte 0
loadflags:	.byte 0x81		/* LOADED_HIGH | CAN_USE_HEAP */
setup_move_size: .word 0x8000
code32_start:	.long KERNEL_LOAD_ADDR
ramdisk_image:	.long 0
ramdisk_size:	.long 0
bootsect_kludge: .long 0
heap_end_ptr:	.word 0
ext_loader_ver:	.byte 0
ext_loader_type: .byte 0
cmd_line_ptr:	.long 0
initrd_addr_max: .long 0x7fffffff
kernel_alignment: .long 0x200000
relocatable_kernel: .byte 0
min_alignment:	.byte 0
xloadflags:	.word 0
cmdline_size:	.long 2047
hardware_subarch: .long 0		/* 0: PC; loaders copy it unchanged */
hardware_subarch_data: .quad 0
payload_offset:	.long 0
payload_length:	.long 0
setup_data:	.quad 0
pref_address:	.quad KERNEL_LOAD_ADDR
init_size:	.long 0			/* patched: bytes from code32_start to _end */
handover_offset: .long 0
hdr_end:
	.org	0x268	/* fails to assemble if the header grew past 0x268 */

start_of_setup:
	cli
	cld
	/* Normalise: DS = ES = SS = CS = the segment of offset 0. */
	mov	%cs, %ax
	sub	$0x20, %ax
	mov	%ax, %ds
	mov	%ax, %es
	mov	%ax, %ss
	mov	$setup_stack_top, %sp
	push	%ax
	push	$normalised
	lretw
normalised:
	/* A clean zero page with the header the loader patched. */
	mov	$zero_page, %di
	mov	$4096, %cx
	xor	%al, %al
	rep stosb
	mov	$hdr, %si
	mov	$ZP_OFF(0x1f1), %di
	mov	$(hdr_end - hdr), %cx
	rep movsb

	/* BIOS memory map: int 0x15, eax 0xe820, 20-byte entries at 0x2d0. */
	sti
	xor	%ebx, %ebx
	xor	%bp, %bp
	mov	$ZP_OFF(0x2d0), %di
e820_next:
	mov	$0xe820, %eax
	mov	$SMAP, %edx
	mov	$20, %ecx
	int	$0x15
	jc	e820_done
	cmp	$SMAP, %eax
	jne	e820_done
	inc	%bp
	add	$20, %di
	cmp	$128, %bp
	jae	e820_done
	test	%ebx, %ebx
	jnz	e820_next
e820_done:
	cli
	mov	%bp, %ax
	mov	%al, ZP_OFF(0x1e8)
	/* boot_params.scratch (0x1e4) belongs to the setup code: say we ran. */
	movl	$SETUP_RAN_MAGIC, ZP_OFF(0x1e4)

	/* Mask the PICs; enable A20 the fast way (port 0x92). */
	mov	$0xff, %al
	out	%al, $0xa1
	mov	$0xfb, %al
	out	%al, $0x21
	in	$0x92, %al
	or	$2, %al
	and	$0xfe, %al
	out	%al, $0x92

	/* Linear address of offset 0, for the GDT and the far jump. */
	xor	%ebx, %ebx
	mov	%ds, %bx
	shl	$4, %ebx
	lea	gdt(%ebx), %eax
	mov	%eax, gdt_desc + 2
	lea	protected(%ebx), %eax
	mov	%eax, pm_jump
	lgdtl	gdt_desc
	mov	%cr0, %eax
	or	$1, %eax
	mov	%eax, %cr0
	ljmpl	*pm_jump

	.code32
protected:
	mov	$BOOT_DS, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	mov	%eax, %fs
	mov	%eax, %gs
	lea	zero_page(%ebx), %esi
	mov	0x214(%esi), %eax	/* code32_start, as the loader left it */
	xor	%ebx, %ebx
	xor	%edi, %edi
	xor	%ebp, %ebp
	jmp	*%eax

	.balign	8
gdt:
	.quad	0
	.quad	0
	.quad	0x00cf9a000000ffff	/* 0x10: 32-bit code, flat */
	.quad	0x00cf92000000ffff	/* 0x18: data, flat */
gdt_desc:
	.word	gdt_desc - gdt - 1
	.long	0			/* patched: linear address of gdt */
pm_jump:
	.long	0			/* patched: linear address of protected */
	.word	BOOT_CS32

kernel_version_str:
	.asciz	"linktable-kernel 0.1.0"

	.balign	16
setup_stack:
	.skip	1024
setup_stack_top:
	.balign	4096
zero_page:
	.skip	4096
	.balign	512
setup_end:
