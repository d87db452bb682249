/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/linux_freestanding/main.c - compat/linux.h's command line,
 * console and security initcalls in a program with no libc and no start
 * files (tests/compat/linux_freestanding.sh): its own _start parses a
 * command line through both passes, runs the console and security
 * initcalls and exits through the Linux x86-64 exit system call, 0 when
 * every handler ran as the kernel would run it.  It defines the mem*
 * functions, the only libc the headers may call.
 */
#include <linktable/compat/linux.h>

LINKTABLE_LINUX_DEFINE();

static int hits;

static int __init opt_setup(char *s)
{
	hits += s[0] == 'x' && s[1] == ' ' && s[2] == 'y' && s[3] == '\0' ? 1 : 1000000;
	return 1;
}
__setup("opt=", opt_setup);

static int __init quiet_early(char *s)
{
	hits += s == LTX_NULL ? 10 : 1000000;
	return 0;
}
early_param("quiet", quiet_early);

static int __init con_init(void)
{
	hits += 100;
	return 0;
}
console_initcall(con_init);

static int __init sec_init(void)
{
	hits += 1000;
	return 0;
}
security_initcall(sec_init);

/* Two copies of one command line: each pass cuts its own. */
static char early_line[] = " opt=\"x y\"\tquiet  unknown -- opt=z quiet",
	    setup_line[] = " opt=\"x y\"\tquiet  unknown -- opt=z quiet";

void *memmove(void *dst, const void *src, __SIZE_TYPE__ n);
void *memmove(void *dst, const void *src, __SIZE_TYPE__ n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if (d < s)
		while (n--)
			*d++ = *s++;
	else
		while (n--)
			d[n] = s[n];
	return dst;
}

void *memcpy(void *dst, const void *src, __SIZE_TYPE__ n);
void *memcpy(void *dst, const void *src, __SIZE_TYPE__ n)
{
	return memmove(dst, src, n);
}

void *memset(void *dst, int c, __SIZE_TYPE__ n);
void *memset(void *dst, int c, __SIZE_TYPE__ n)
{
	unsigned char *d = dst;

	while (n--)
		*d++ = (unsigned char)c;
	return dst;
}

static __attribute__((__noreturn__)) void sys_exit(long code)
{
	__asm__ volatile("syscall" : : "a"(60L), "D"(code) : "rcx", "r11", "memory");
	__builtin_unreachable();
}

void _start(void);
void _start(void)
{
	int failed = linktable_linux_parse_early_param(early_line);
	int unknown = linktable_linux_parse_setup(setup_line);

	failed += linktable_linux_console_init() + linktable_linux_security_init();
	sys_exit(failed == 0 && unknown == 1 && hits == 1111 ? 0 : 1);
}
