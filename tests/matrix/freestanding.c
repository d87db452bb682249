/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/freestanding.c - the freestanding driver: no libc, no start
 * files.  Linked with -nostdlib -static; its own _start runs the checks
 * and exits with their result through the Linux x86-64 exit system call.
 */
#include "check.h"

static long sys_write(int fd, const char *buf, unsigned long len)
{
	long ret;

	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "0"(1L), "D"((long)fd), "S"(buf), "d"(len)
			 : "rcx", "r11", "memory");
	return ret;
}

static void put(const char *s)
{
	unsigned long n = 0;

	while (s[n])
		n++;
	sys_write(2, s, n);
}

void matrix_fail(const char *table, const char *what, long got, long want)
{
	(void)got;
	(void)want;
	put(table);
	put(": ");
	put(what);
	put("\n");
}

int matrix_freestanding_main(void);
int matrix_freestanding_main(void)
{
	long entries;

	return matrix_check_all(&entries) != 0 || entries == 0;
}

__asm__(".text\n"
	".globl _start\n"
	"_start:\n"
	"	xor %ebp, %ebp\n"
	"	and $-16, %rsp\n"
	"	call matrix_freestanding_main\n"
	"	mov %eax, %edi\n"
	"	mov $60, %eax\n"
	"	syscall\n"
	"	hlt\n");
