/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_devices/drivers_b.c - more drivers. */
#include "device.h"

static int dev_b_init(const struct device *dev)
{
	return zd_trace(dev->name);
}

DEVICE_DEFINE(i2c0, "i2c0", dev_b_init, PRE_KERNEL_2, 30);
DEVICE_DEFINE(gpio0, "gpio0", dev_b_init, POST_KERNEL, 9);
DEVICE_DEFINE(fs, "fs", dev_b_init, POST_KERNEL, 90);

static void hook_cpu(void)
{
	zd_trace("cpu");
}
static void hook_late(void)
{
	zd_trace("late");
}
static void hook_zero(void)
{
	zd_trace("zero");
}
BOOT_HOOK(hook_cpu, 1);
BOOT_HOOK(hook_late, 99);
BOOT_HOOK(hook_zero, 0);

BANNER(a, "hello");
static const TYPE_SECTION_ITERABLE(const char *, banner_c, banners, c) = "!";
