/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_f.c - U-Boot-style entries from a second file. */
#include "uboot_user.h"

static int probe_plus_one(int x)
{
	return x + 1;
}

U_DRIVER(serial_ns16550) = { .name = "serial_ns16550", .id = 1, .probe = probe_plus_one };
U_DEVICE(uart1) = { .name = "uart1", .drv = U_DRIVER_REF(serial_ns16550) };
