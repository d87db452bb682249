/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_params/console.c - the console side, as
 * printk and a serial driver write it: "console=" is a __setup() that
 * may repeat (every console named is registered), "earlycon" an
 * early_param() that "console=" also feeds, "loglevel", "quiet" and
 * "debug" early_param()s (a malformed loglevel is an error, as in
 * init/main.c), and two console_initcall()s of this file, which run in
 * the order written, before the one of drivers.c.
 */
#include "boot.h"

int console_loglevel = 4;
int toy_quiet;
const char *toy_consoles[4];
int toy_nconsoles;

static int __init console_setup(char *str)
{
	boot_log("console=", str);
	if (toy_nconsoles < 4)
		toy_consoles[toy_nconsoles++] = str;
	return 1;
}
__setup("console=", console_setup);

static int __init setup_earlycon(char *buf)
{
	boot_log("earlycon", buf);
	return 0;
}
early_param("earlycon", setup_earlycon);

static int __init loglevel(char *str)
{
	int level = 0;

	boot_log("loglevel", str);
	if (str == NULL || *str < '0' || *str > '9')
		return -EINVAL;
	while (*str >= '0' && *str <= '9')
		level = level * 10 + (*str++ - '0');
	console_loglevel = level;
	return 0;
}
early_param("loglevel", loglevel);

static int __init quiet_kernel(char *str)
{
	boot_log("quiet", str);
	toy_quiet++;
	return 0;
}
early_param("quiet", quiet_kernel);

static int __init debug_kernel(char *str)
{
	boot_log("debug", str);
	console_loglevel = 10;
	return 0;
}
early_param("debug", debug_kernel);

static int __init toyuart_console_init(void)
{
	boot_note("con:toyuart");
	return 0;
}
console_initcall(toyuart_console_init);

/* Not __init: a console may be set up again after boot. */
static int toylp_console_init(void)
{
	boot_note("con:toylp");
	return toy_nconsoles > 0 ? 0 : -ENODEV;
}
console_initcall(toylp_console_init);
