/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/arch.c - architecture set-up: an
 * early_initcall that parses the boot command line (__initdata), the
 * core and postcore levels with their _sync variants, and a non-static
 * __init function that main.c registers at arch_initcall.
 */
#include <string.h>
#include "toy.h"

char boot_command_line[64] __initdata = "console=toyuart0 notoyblk quiet";
int toy_cpu_count;
static int quiet;

static int __init parse_early_params(void)
{
	note_level(0);
	boot_command_line[sizeof(boot_command_line) - 1] = '\0';
	quiet = strstr(boot_command_line, "quiet") != NULL;
	return 0;
}
early_initcall(parse_early_params);

int __init arch_probe_cpu(void)
{
	note_level(6);
	toy_cpu_count = quiet ? 4 : 1;
	return 0;
}

static int __init arch_cpu_sync(void)
{
	note_level(7);
	return toy_cpu_count == 4 ? 0 : -EINVAL;
}
arch_initcall_sync(arch_cpu_sync);

static int __init core_sync(void)
{
	note_level(3);
	return 0;
}
core_initcall_sync(core_sync);

static int __init postcore_a(void)
{
	note_level(4);
	return 0;
}
postcore_initcall(postcore_a);

static int __init postcore_b(void)
{
	note_level(5);
	return 0;
}
postcore_initcall_sync(postcore_b);
