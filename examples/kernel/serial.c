/* SPDX-License-Identifier: MIT */
/*
 * serial.c - the serial console: probe and program COM1's 16550 (115200
 * 8N1, FIFOs on), as the 8250 driver does: the scratch register must hold
 * a value, and the FIFO bits of IIR tell a 16550A.  PC only: under Xen PV
 * the hypervisor owns COM1 and the console is console_io.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define COM1 0x3f8
#define UART_IER 1
#define UART_IIR 2
#define UART_FCR 2
#define UART_LCR 3
#define UART_MCR 4
#define UART_SCR 7
#define UART_LCR_DLAB 0x80
#define UART_LCR_8N1 0x03
#define UART_FCR_ENABLE_CLEAR 0x07
#define UART_MCR_DTR_RTS 0x03
#define BASE_BAUD 115200u

/* A UART answers on COM1: its scratch register keeps a value.  Not so on
 * a PVH guest of Xen, which owns COM1 (the console is console_io there). */
LINKTABLE_ONLY_TEXT(PC)
static int serial_detect(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)b;
	(void)step;
	outb(COM1 + UART_SCR, 0xa5);
	if (inb(COM1 + UART_SCR) != 0xa5)
		return -19; /* -ENODEV */
	return 1;
}

LINKTABLE_ONLY_TEXT(PC)
int serial_init(struct linktable_boot *b, const struct linktable_init_step *step)
{
	unsigned int divisor = BASE_BAUD / 115200u;
	uint8_t iir;

	(void)step;
	(void)b;
	outb(COM1 + UART_SCR, 0xa5);
	if (inb(COM1 + UART_SCR) != 0xa5) {
		tprintk("serial: no UART at I/O 0x%x\n", COM1);
		return -19; /* -ENODEV */
	}
	outb(COM1 + UART_IER, 0);
	outb(COM1 + UART_LCR, UART_LCR_DLAB);
	outb(COM1 + 0, (uint8_t)divisor);
	outb(COM1 + 1, (uint8_t)(divisor >> 8));
	outb(COM1 + UART_LCR, UART_LCR_8N1);
	outb(COM1 + UART_FCR, UART_FCR_ENABLE_CLEAR);
	outb(COM1 + UART_MCR, UART_MCR_DTR_RTS);
	iir = inb(COM1 + UART_IIR);
	tprintk("serial8250: ttyS0 at I/O 0x%x (irq = 4) is a %s, 115200 8N1\n", COM1,
		(iir & 0xc0) == 0xc0 ? "16550A" : "16450");
	return 0;
}

LINKTABLE_INIT_STEP(serial, 20, LINKTABLE_SUBARCHS(PC), .detect = serial_detect, .late_init = serial_init);
