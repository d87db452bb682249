/* SPDX-License-Identifier: MIT */
/*
 * tests/freestanding/entry.h - the entry and exit of a program without libc
 * (x86-64 Linux): _start calls the program's start_c(), which ends with
 * sys_exit().
 */
#ifndef LINKTABLE_TESTS_FREESTANDING_ENTRY_H
#define LINKTABLE_TESTS_FREESTANDING_ENTRY_H

__attribute__((noreturn)) static inline void sys_exit(int status)
{
	__asm__ volatile("syscall" : : "a"(60), "D"(status) : "rcx", "r11", "memory");
	__builtin_unreachable();
}

/* The kernel enters with the stack 16-byte aligned and no return address:
 * call into C from assembly so that the C code sees the usual alignment. */
__asm__(".text\n"
	".globl _start\n"
	".type _start, @function\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	and $-16, %rsp\n"
	"	call start_c\n"
	"	hlt\n");

#endif
