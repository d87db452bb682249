/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr_f.c - more commands, devices, statistics and hooks
 * for zephyr_e.c. */
#include "zephyr_sub.h"

static int zcmd_help(int argc)
{
	return argc;
}
static int zcmd_device(int argc)
{
	return -argc;
}
ZSHELL_CMD_REGISTER(help, "Prints help", zcmd_help);
ZSHELL_CMD_REGISTER(device, "Device commands", zcmd_device);

static int zdev_f_init(const struct zdevice *dev)
{
	return zephyr_sub_init_trace(dev->name);
}
ZDEVICE_DEFINE(i2c, L3, 50, zdev_f_init, NULL);
ZDEVICE_DEFINE(gpio, L2, 40, zdev_f_init, NULL);

ZSTAT_DEFINE(zstat_rx);
ZBUF_DEFINE(zbuf_b, 2);

static int zhook_add3(int x)
{
	return x + 3;
}
static const TYPE_SECTION_ITERABLE(zhook_fn, hook_1, zhooks, a_add3) = zhook_add3;
