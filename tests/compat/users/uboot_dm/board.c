/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/uboot_dm/board.c - board code: drivers of other files
 * by DM_DRIVER_GET() and, in a static table, by DM_DRIVER_REF() after a
 * declaration (here ll_entry_decl(): see docs/adopting.md for U-Boot's
 * "extern U_BOOT_DRIVER(x)"), bindings from compatible strings and from
 * U_BOOT_DRVINFO() devices, probes, and the lists in U-Boot's name order.
 */
#include <stdio.h>
#include <string.h>
#include "dm.h"

static int failed, points;

void ok(int cond, const char *what)
{
	points++;
	if (!cond)
		failed = 1;
	printf("%sok %d - %s\n", cond ? "" : "not ", points, what);
}

ll_entry_decl(struct driver, sandbox_gpio, driver);
ll_entry_decl(struct driver, ns16550_serial, driver);
ll_entry_decl(struct uclass_driver, i2c, uclass_driver);

/* Drivers bound before relocation, as a table of references. */
static struct driver *const early_drivers[] = {
	DM_DRIVER_REF(ns16550_serial),
	DM_DRIVER_REF(sandbox_gpio),
};
static struct uclass_driver *const i2c_uclass = DM_UCLASS_DRIVER_REF(i2c);

LINKTABLE_UBOOT_LIST_DEFINE(struct driver, driver);
LINKTABLE_UBOOT_LIST_DEFINE(struct uclass_driver, uclass_driver);

struct dm_serial_ops {
	int (*putc)(struct udevice *dev, const char ch);
};

int main(void)
{
	struct udevice devs[8], dev;
	struct driver *serial = DM_DRIVER_GET(ns16550_serial);
	int n, i, gpios = 0;
	char order[64] = "";

	ok(ll_entry_count(struct driver, driver) == 3 && ll_entry_count(struct uclass_driver, uclass_driver) == 4,
	   "3 drivers and 4 uclasses from 2 files");
	ok(serial == lists_driver_lookup_name("ns16550_serial") && serial->id == UCLASS_SERIAL,
	   "DM_DRIVER_GET of another file's driver is the one the name scan finds");
	ok(early_drivers[0] == serial && early_drivers[1] == DM_DRIVER_GET(sandbox_gpio) &&
		   i2c_uclass == lists_uclass_lookup(UCLASS_I2C),
	   "DM_DRIVER_REF / ll_entry_ref in static initializers");
	ok(lists_driver_lookup_name("nope") == NULL && lists_uclass_lookup(UCLASS_ROOT) == NULL,
	   "lookups of what no list holds");

	ok(lists_bind_compatible("snps,dw-apb-uart", &dev) == 0 && dev.driver == serial && dev.driver_data == 3 &&
		   post_bind_count == 1,
	   "bind by compatible string: the driver's of_match data, the uclass's post_bind");
	ok(lists_bind_compatible("sandbox,i2c-emul-parent", &dev) == 0 && dev.driver == DM_DRIVER_GET(sandbox_i2c) &&
		   dev.driver_data == 9,
	   "bind by a second compatible string of another driver");
	ok(lists_bind_compatible("acme,none", &dev) == -2, "no driver for a compatible string");

	bind_count = post_bind_count = 0;
	n = dm_scan_plat(devs, 8);
	for (i = 0; i < n; i++)
		gpios += devs[i].driver == DM_DRIVER_GET(sandbox_gpio);
	ok(n == 3 && gpios == 2 && bind_count == 2 && post_bind_count == 1,
	   "U_BOOT_DRVINFO devices bound to drivers by name (one names no driver)");
	for (i = 0; i < n; i++)
		if (device_probe(&devs[i]) || !devs[i].probed)
			gpios = -1;
	ok(gpios == 2, "every bound device probes");
	for (i = 0; i < n; i++)
		if (devs[i].driver == serial)
			ok(((const struct dm_serial_ops *)serial->ops)->putc(&devs[i], 'x') == devs[i].seq * 256 + 'x',
			   "the serial device's ops through its driver entry");

	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct driver, driver, drv) {
		strcat(order, drv->name);
		strcat(order, " ");
	}
	ok(!strcmp(order, "ns16550_serial sandbox_gpio sandbox_i2c "), "drivers in U-Boot's name order");
	order[0] = 0;
	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct uclass_driver, uclass_driver, uc) {
		strcat(order, uc->name);
		strcat(order, " ");
	}
	ok(!strcmp(order, "gpio i2c serial spi "), "uclasses in U-Boot's name order");

	/* drivers are writable: flags set through the list */
	for (struct driver *d = ll_entry_start(struct driver, driver); d < ll_entry_end(struct driver, driver); d++)
		d->flags |= 0x100;
	ok(DM_DRIVER_GET(sandbox_i2c)->flags == 0x101 && early_drivers[1]->flags == 0x100,
	   "writes through ll_entry_start..ll_entry_end reach every driver");

	printf("1..%d\n", points);
	return failed;
}
