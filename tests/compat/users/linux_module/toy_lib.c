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
