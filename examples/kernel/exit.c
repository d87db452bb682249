/* SPDX-License-Identifier: MIT */
/*
 * exit.c - how a run ends: a value written to QEMU's isa-debug-exit
 * (iobase 0xf4; QEMU exits with status 2 * value + 1); without that
 * device, halt for good (natively) or power off (Xen PV, kops->exit).
 */
#include "kernel.h"

void native_exit(unsigned int code)
{
	outb(0xf4, (uint8_t)code);
	for (;;)
		__asm__ volatile("cli; hlt");
}

void kernel_exit(unsigned int code)
{
	kops->exit(code);
}

void panic(const char *fmt, ...)
{
	char buf[256];
	va_list ap;

	va_start(ap, fmt);
	kvsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk("Kernel panic: %s\n", buf);
	kernel_exit(EXIT_BOOT_FAILED);
}
