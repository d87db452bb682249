/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/toy.h - a small bus and its drivers as
 * built-in Linux code has them: the bus is set up by an initcall, drivers
 * register from module_init() through a helper macro that writes their
 * init and exit functions, init-only helpers are declared __init in the
 * header.  Every initcall notes its level's rank (early 0, pure 1, core 2,
 * core_sync 3, postcore 4, postcore_sync 5, arch 6, arch_sync 7, subsys 8,
 * subsys_sync 9, fs 10, fs_sync 11, rootfs 12, device 13, device_sync 14,
 * late 15, late_sync 16).
 */
#ifndef LINUX_BUILTIN_TOY_H
#define LINUX_BUILTIN_TOY_H
#include <errno.h>
#include <linktable/compat/linux.h>

struct toy_device {
	const char *name;
	int id;
	struct toy_driver *driver;
};

struct toy_driver {
	const char *name;
	int (*probe)(struct toy_device *dev);
	void (*remove)(struct toy_device *dev);
	int bound;
};

int toy_driver_register(struct toy_driver *drv);
void toy_driver_unregister(struct toy_driver *drv);

/* One line per driver: its init registers it, its exit unregisters it. */
#define module_toy_driver(__drv) \
	static int __init __drv##_init(void) \
	{ \
		return toy_driver_register(&(__drv)); \
	} \
	module_init(__drv##_init); \
	static void __exit __drv##_exit(void) \
	{ \
		toy_driver_unregister(&(__drv)); \
	} \
	module_exit(__drv##_exit)

/* Init-only helpers of other files. */
extern int __init toy_bus_add_devices(void);
extern int __init toy_bus_boot_devices(void);
extern int __init arch_probe_cpu(void);
extern char boot_command_line[64] __initdata;

void note_level(int rank);
void note(const char *what);
extern int toy_bus_ready;
extern int toy_cpu_count;
#endif
