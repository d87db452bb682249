/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_e.c - U-Boot-style code (tests/compat/uboot_user.h):
 * a driver looked up by name the way U-Boot's driver model does (a loop
 * from ll_entry_start() over ll_entry_count()), the same entry as the
 * by-name macro and llsym(); devices whose static initializers point at
 * drivers of other files (ll_entry_ref); probing every device.
 */
#include <stddef.h>
#include <string.h>
#include "compat.h"
#include "uboot_user.h"

static int probe_twice(int x)
{
	return 2 * x;
}

LINKTABLE_UBOOT_LIST_DEFINE(struct udriver, udriver);
LINKTABLE_UBOOT_LIST_DEFINE(struct udevice_info, udevice_info);

U_DRIVER(gpio_generic) = { .name = "gpio_generic", .id = 7, .probe = probe_twice };
U_DEVICE(uart0) = { .name = "uart0", .drv = U_DRIVER_REF(serial_ns16550) };
U_DEVICE(gpio0) = { .name = "gpio0", .drv = U_DRIVER_REF(gpio_generic) };

/* U-Boot's lists_driver_lookup_name(), as its users write it. */
static struct udriver *lookup_driver(const char *name)
{
	struct udriver *drv = ll_entry_start(struct udriver, udriver);
	const int n_ents = ll_entry_count(struct udriver, udriver);
	struct udriver *entry;

	for (entry = drv; entry != drv + n_ents; entry++) {
		if (!strcmp(name, entry->name))
			return entry;
	}
	return NULL;
}

void test_uboot_user(void)
{
	struct udevice_info *dev = ll_entry_start(struct udevice_info, udevice_info);
	unsigned int i, n = ll_entry_count(struct udevice_info, udevice_info);
	int sum = 0;

	check(lookup_driver("serial_ns16550") == U_DRIVER_GET(serial_ns16550) &&
		      lookup_driver("gpio_generic") == llsym(struct udriver, gpio_generic, udriver) &&
		      lookup_driver("spi") == NULL,
	      "uboot user: the driver found by a loop over the list is the one ll_entry_get() names");
	for (i = 0; i < n; i++)
		sum += dev[i].drv->probe(dev[i].drv->id);
	check(n == 3 && sum == 2 * 7 + (1 + 1) + (1 + 1),
	      "uboot user: devices point at drivers of other files through ll_entry_ref() (%u devices)", n);
	check(ll_entry_count(struct udriver, udriver) == 2 && U_DRIVER_GET(gpio_generic)->probe(4) == 8,
	      "uboot user: ll_entry_count() of the driver list");
}
