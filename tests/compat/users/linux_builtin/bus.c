/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/bus.c - the bus: set up at
 * subsys_initcall, its devices added from an __initdata table (parsed
 * from the boot command line) at subsys_initcall_sync, drivers matched by
 * name when they register.
 */
#include <string.h>
#include "toy.h"

int toy_bus_ready;

static struct toy_device devices[4];
static int ndevices;

/* The devices the firmware describes: needed only while booting. */
static struct toy_device boot_devices[] __initdata = {
	{ .name = "toyuart", .id = 0 },
	{ .name = "toynet", .id = 1 },
	{ .name = "toyblk", .id = 2 },
};
static int boot_device_count __initdata = 3;

static int __init toy_bus_init(void)
{
	note_level(8);
	toy_bus_ready = 1;
	return 0;
}
subsys_initcall(toy_bus_init);

int __init toy_bus_add_devices(void)
{
	int i;

	/* "notoyblk" on the command line hides the last device */
	if (strstr(boot_command_line, "notoyblk"))
		boot_device_count = 2;
	for (i = 0; i < boot_device_count && ndevices < 4; i++)
		devices[ndevices++] = boot_devices[i];
	return ndevices;
}

int __init toy_bus_boot_devices(void)
{
	return boot_device_count;
}

static int __init toy_bus_populate(void)
{
	note_level(9);
	return toy_bus_add_devices() > 0 ? 0 : -ENODEV;
}
subsys_initcall_sync(toy_bus_populate);

int toy_driver_register(struct toy_driver *drv)
{
	int i, err = -ENODEV;

	note_level(13);
	if (!toy_bus_ready)
		return -EAGAIN;
	for (i = 0; i < ndevices; i++) {
		if (!devices[i].driver && strcmp(devices[i].name, drv->name) == 0) {
			err = drv->probe(&devices[i]);
			if (err == 0) {
				devices[i].driver = drv;
				drv->bound++;
			}
		}
	}
	return err;
}

void toy_driver_unregister(struct toy_driver *drv)
{
	int i;

	for (i = 0; i < ndevices; i++) {
		if (devices[i].driver == drv) {
			drv->remove(&devices[i]);
			devices[i].driver = NULL;
			drv->bound--;
		}
	}
}
