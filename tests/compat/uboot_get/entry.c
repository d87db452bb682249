/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_get/entry.c - the entry main.c gets by name. */
#include <linktable/compat/uboot.h>
#include "drv.h"

ll_entry_declare(struct driver, serial_ns16550, driver) = { "ns16550_serial", 1 };
