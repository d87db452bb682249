/* SPDX-License-Identifier: MIT */
/*
 * tests/linux/init.c - the /init of tests/linux/linux.sh's initramfs: a
 * static x86-64 program with no libc.  It says on the console that user
 * space was reached, then restarts the machine, which QEMU (-no-reboot)
 * turns into an exit: the boot ends as soon as the initcalls are done.
 * (A restart, not a power-off: a tinyconfig kernel has no ACPI to power off.)
 */
#define SYS_WRITE 1
#define SYS_OPEN 2
#define SYS_REBOOT 169
#define O_WRONLY 1
#define REBOOT_MAGIC1 0xfee1deadL
#define REBOOT_MAGIC2 672274793L
#define REBOOT_RESTART 0x01234567L

void _start(void);

static long syscall4(long nr, long a, long b, long c, long d)
{
	register long r10 __asm__("r10") = d;
	long ret;

	__asm__ volatile("syscall"
			 : "=a"(ret)
			 : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10)
			 : "rcx", "r11", "memory");
	return ret;
}

void _start(void)
{
	static const char msg[] = "linktable-linux-test: /init reached user space\n";
	long fd = syscall4(SYS_OPEN, (long)"/dev/console", O_WRONLY, 0, 0);

	syscall4(SYS_WRITE, fd < 0 ? 1 : fd, (long)msg, sizeof(msg) - 1, 0);
	syscall4(SYS_REBOOT, REBOOT_MAGIC1, REBOOT_MAGIC2, REBOOT_RESTART, 0);
	for (;;)
		__asm__ volatile("pause");
}
