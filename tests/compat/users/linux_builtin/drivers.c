/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/drivers.c - three built-in drivers,
 * each one line of module_toy_driver(): the UART binds, the network
 * driver's probe fails with -ENOMEM, the block driver finds no device
 * (the command line hid it) and its init returns -ENODEV.  A
 * device_initcall_sync runs after all of them, through a __refdata table
 * of a __ref function and __exitdata.
 */
#include "toy.h"

static int uart_probe(struct toy_device *dev)
{
	note(dev->name);
	return 0;
}
static void uart_remove(struct toy_device *dev)
{
	(void)dev;
	note("uart-removed");
}
static struct toy_driver toyuart = { .name = "toyuart", .probe = uart_probe, .remove = uart_remove };
module_toy_driver(toyuart);

static int net_probe(struct toy_device *dev)
{
	(void)dev;
	return -ENOMEM;
}
static void net_remove(struct toy_device *dev)
{
	(void)dev;
	note("net-removed");
}
static struct toy_driver toynet = { .name = "toynet", .probe = net_probe, .remove = net_remove };
module_toy_driver(toynet);

static int blk_probe(struct toy_device *dev)
{
	note(dev->name);
	return 0;
}
static void blk_remove(struct toy_device *dev)
{
	(void)dev;
	note("blk-removed");
}
static struct toy_driver toyblk = { .name = "toyblk", .probe = blk_probe, .remove = blk_remove };
module_toy_driver(toyblk);

/* What the UART's exit function prints, kept for it alone. */
static const char uart_goodbye[] __exitdata = "uart-goodbye";

/* Called from init code and after it: __ref, as its call of an __init
 * function is only made while booting. */
static int __ref toyuart_rescan(int booting)
{
	return booting ? toy_bus_boot_devices() : 0;
}

/* A table that points at init code, and says so. */
static struct {
	int (*rescan)(int booting);
	const char *goodbye;
} uart_ops __refdata = { toyuart_rescan, uart_goodbye };

static int __init drivers_settled(void)
{
	if (uart_ops.rescan(1) != 2 || uart_ops.rescan(0) != 0)
		return -EIO;
	note_level(14);
	note(uart_ops.goodbye);
	return toyuart.bound == 1 && toynet.bound == 0 && toyblk.bound == 0 ? 0 : -EINVAL;
}
device_initcall_sync(drivers_settled);
