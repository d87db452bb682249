/* SPDX-License-Identifier: MIT */
/*
 * console.c - where text goes: through the ops of the decided subarch
 * (kops).  Before the decision only the entry's early console exists:
 * COM1 polled (a 16550 at 0x3f8) on the native entries, console_io under
 * Xen PV.  The COM1 writer is ordinary text, never freed: it reports a
 * refused boot on any subarch value, PC or not.  The serial step later
 * programs the UART properly.
 */
#include "kernel.h"

#define COM1 0x3f8
#define UART_LSR 5
#define UART_LSR_THRE 0x20

void serial_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned int spins = 100000;

		if (s[i] == '\n')
			serial_write("\r", 1);
		while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE) && --spins)
			__asm__ volatile("pause");
		outb(COM1, (uint8_t)s[i]);
	}
}

void console_write(const char *s, size_t len)
{
	kops->write(s, len);
}
