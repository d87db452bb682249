/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_devices/drivers_a.c - some drivers. */
#include "device.h"

static int dev_init(const struct device *dev)
{
	return zd_trace(dev->name);
}

DEVICE_DEFINE(uart0, "uart0", dev_init, PRE_KERNEL_1, 40);
DEVICE_DEFINE(clock, "clock", dev_init, PRE_KERNEL_1, 5);
DEVICE_DEFINE(sensor, "sensor", dev_init, POST_KERNEL, 50);

static void hook_mem(void)
{
	zd_trace("mem");
}
static void hook_irq(void)
{
	zd_trace("irq");
}
BOOT_HOOK(hook_mem, 10);
BOOT_HOOK(hook_irq, 2);

BANNER(b, "world");
