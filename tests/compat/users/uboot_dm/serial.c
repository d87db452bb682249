/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_dm/serial.c - a serial driver and its uclass. */
#include "dm.h"

struct dm_serial_ops {
	int (*putc)(struct udevice *dev, const char ch);
};

static int ns16550_putc(struct udevice *dev, const char ch)
{
	return dev->seq * 256 + ch;
}
static const struct dm_serial_ops ns16550_serial_ops = { .putc = ns16550_putc };

static const struct udevice_id ns16550_serial_ids[] = {
	{ .compatible = "ns16550", .data = 1 },
	{ .compatible = "ns16550a", .data = 2 },
	{ .compatible = "snps,dw-apb-uart", .data = 3 },
	{ NULL, 0 }
};

static int ns16550_serial_probe(struct udevice *dev)
{
	dev->probed = 1;
	return 0;
}

U_BOOT_DRIVER(ns16550_serial) = {
	.name = "ns16550_serial",
	.id = UCLASS_SERIAL,
	.of_match = ns16550_serial_ids,
	.probe = ns16550_serial_probe,
	.ops = &ns16550_serial_ops,
	.priv_auto = 16,
};

static int serial_post_bind(struct udevice *dev)
{
	(void)dev;
	post_bind_count++;
	return 0;
}

UCLASS_DRIVER(serial) = {
	.id = UCLASS_SERIAL,
	.name = "serial",
	.post_bind = serial_post_bind,
};

U_BOOT_DRVINFO(uart0) = { .name = "ns16550_serial", .plat = NULL };
