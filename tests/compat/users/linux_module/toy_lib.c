/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/toy_lib.c - a library of helpers built
 * in, as such code is written: functions and a variable exported
 * (EXPORT_SYMBOL, _GPL, _NS, _NS_GPL), a namespace imported, data marked
 * __ro_after_init and __read_mostly, a __meminit helper, and a driver
 * structure whose remove hook is __exit_p().
 */
#define KBUILD_MODNAME "toy_lib"
#include "drv.h"

int toylib_add(int a, int b)
{
	return a + b;
}
EXPORT_SYMBOL(toylib_add);

int toylib_secret(void)
{
	return 42;
}
EXPORT_SYMBOL_GPL(toylib_secret);

int toylib_counter = 7;
EXPORT_SYMBOL_NS(toylib_counter, TOYLIB);

/* Exported but static: reached through the table only. */
static int toylib_hidden(void)
{
	return -1;
}
EXPORT_SYMBOL_NS_GPL(toylib_hidden, TOYLIB);
MODULE_IMPORT_NS(TOYLIB);

static int toylib_ready __ro_after_init;
static int toylib_hits __read_mostly;

static int __meminit toylib_online(int node)
{
	return node + toylib_ready;
}

static void __exit toylib_remove(void)
{
	toylib_hits++;
}

const struct toy_driver toylib_driver = {
	.online = toylib_online,
	.remove = __exit_p(toylib_remove),
};

static int __init toylib_init(void)
{
	toylib_ready = 1;
	toylib_hits = toylib_driver.online(1);
	return toylib_hits == 2 ? 0 : -1;
}
module_init(toylib_init);

/* A bus of its own, and its drivers, as bus macros are made. */
static int toy_bus_register(struct toy_bus_driver *drv)
{
	drv->registered = 1;
	return 0;
}
static void toy_bus_unregister(struct toy_bus_driver *drv)
{
	drv->registered = 0;
}
static int toy_bus_register_prio(struct toy_bus_driver *drv, int prio, const char *why)
{
	drv->registered = prio + (why[0] == 'e');
	return 0;
}
static void toy_bus_unregister_prio(struct toy_bus_driver *drv, int prio, const char *why)
{
	(void)why;
	drv->registered = -prio;
}
struct toy_bus_driver toylib_bus_driver = { "toylib", 0 };
module_driver(toylib_bus_driver, toy_bus_register, toy_bus_unregister);
struct toy_bus_driver toylib_prio_driver = { "toylib-prio", 0 };
module_driver(toylib_prio_driver, toy_bus_register_prio, toy_bus_unregister_prio, 5, "late");
struct toy_bus_driver toylib_early_driver = { "toylib-early", 0 };
builtin_driver(toylib_early_driver, toy_bus_register_prio, 3, "early");

int toylib_fs_sync_ran;
static int __init toylib_fs_sync(void)
{
	/* fs_initcall_sync: before the device level, so before toylib_init */
	toylib_fs_sync_ran = 1 + toylib_ready;
	return 0;
}
__define_initcall(toylib_fs_sync, 5s);
