/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sysinit/drivers.c - drivers registered
 * through a wrapper macro whose SYSINIT takes a const driver structure,
 * three of them at one (subsystem, order) pair, one at SI_ORDER_FIRST.
 */
#include <string.h>
#include "boot.h"

int drivers_registered;
char driver_names[128];

void driver_register(void *arg)
{
	const struct driver *drv = arg;

	drivers_registered += drv->unit_count;
	if (strlen(driver_names) + strlen(drv->name) + 2 < sizeof(driver_names)) {
		strcat(driver_names, drv->name);
		strcat(driver_names, " ");
	}
}

static const struct driver em_driver = { "em", 2 };
static const struct driver re_driver = { "re", 1 };
static const struct driver ahci_driver = { "ahci", 4 };
static const struct driver pci_driver = { "pci", 1 };

DRIVER_LITE(em, SI_ORDER_MIDDLE);
DRIVER_LITE(re, SI_ORDER_MIDDLE);
DRIVER_LITE(ahci, SI_ORDER_MIDDLE);
DRIVER_LITE(pci, SI_ORDER_FIRST);
BOOT_STEP(drivers_done, SI_SUB_DRIVERS, SI_ORDER_ANY);
