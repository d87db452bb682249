/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_dm/gpio_i2c.c - two more drivers and uclasses,
 * and a uclass with no driver at all. */
#include "dm.h"

static const struct udevice_id sandbox_gpio_ids[] = { { .compatible = "sandbox,gpio" }, { NULL, 0 } };
static const struct udevice_id sandbox_i2c_ids[] = {
	{ .compatible = "sandbox,i2c" },
	{ .compatible = "sandbox,i2c-emul-parent", .data = 9 },
	{ NULL, 0 }
};

static int sandbox_gpio_bind(struct udevice *dev)
{
	(void)dev;
	bind_count++;
	return 0;
}

U_BOOT_DRIVER(sandbox_gpio) = {
	.name = "sandbox_gpio",
	.id = UCLASS_GPIO,
	.of_match = sandbox_gpio_ids,
	.bind = sandbox_gpio_bind,
};

U_BOOT_DRIVER(sandbox_i2c) = {
	.name = "sandbox_i2c",
	.id = UCLASS_I2C,
	.of_match = sandbox_i2c_ids,
	.flags = 1,
};

UCLASS_DRIVER(gpio) = { .id = UCLASS_GPIO, .name = "gpio" };
UCLASS_DRIVER(i2c) = { .id = UCLASS_I2C, .name = "i2c" };
UCLASS_DRIVER(spi) = { .id = UCLASS_SPI, .name = "spi" };

U_BOOT_DRVINFO(gpio_a) = { .name = "sandbox_gpio", .plat = NULL };
U_BOOT_DRVINFO(gpio_b) = { .name = "sandbox_gpio", .plat = NULL };
U_BOOT_DRVINFO(bogus) = { .name = "no_such_driver", .plat = NULL };
