/* SPDX-License-Identifier: MIT */
/*
 * console.c - where text goes: COM1 (a polled 16550 at 0x3f8) natively,
 * HYPERVISOR_console_io under Xen PV, where Xen owns COM1.  Usable from the
 * first C instruction of every entry; the serial step later programs the
 * UART properly.
 */
#include <linktable/free.h>

#include "kernel.h"
#include "xen_abi.h"

#define COM1 0x3f8
#define UART_LSR 5
#define UART_LSR_THRE 0x20

LINKTABLE_ONLY_TEXT(PC)
static void early_serial_write(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned int spins = 100000;

		if (s[i] == '\n')
			early_serial_write("\r", 1);
		while (!(inb(COM1 + UART_LSR) & UART_LSR_THRE) && --spins)
			__asm__ volatile("pause");
		outb(COM1, (uint8_t)s[i]);
	}
}

LINKTABLE_ONLY_TEXT(XEN)
static void xen_console_write(const char *s, size_t len)
{
	xen_hypercall3(__HYPERVISOR_console_io, CONSOLEIO_write, len, (uintptr_t)s);
}

void console_write(const char *s, size_t len)
{
	if (boot.xen_pv)
		xen_console_write(s, len);
	else
		early_serial_write(s, len);
}
