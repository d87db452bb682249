/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/linux_c.c - a Linux-style driver file: a static __init
 * function registered with module_init() reading __initdata and
 * __initconst tables, a static __exit function with module_exit(), a
 * subsys_initcall that the module's init depends on.
 */
#include <string.h>
#include "compat.h"
#include "linux.h"

static int bus_ready;
static int probed;
static int __initdata default_ports[] = { 3, 5, 7 };
static const char driver_banner[] __initconst = "demo driver";

static int __init demo_bus_init(void)
{
	bus_ready = 1;
	return 0;
}
subsys_initcall(demo_bus_init);

static int __init demo_driver_init(void)
{
	unsigned int i;

	if (!bus_ready || strcmp(driver_banner, "demo driver") != 0)
		return -1;
	for (i = 0; i < sizeof(default_ports) / sizeof(default_ports[0]); i++)
		probed += default_ports[i];
	return 0;
}

static void __exit demo_driver_exit(void)
{
	probed = -probed;
}

module_init(demo_driver_init);
module_exit(demo_driver_exit);

int linux_user_probed(void);
int linux_user_probed(void)
{
	return probed;
}
