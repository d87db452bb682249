/* SPDX-License-Identifier: MIT */
/* tests/compat/ipxe_d.c - more iPXE-style entries, from a second file. */
#include "ipxe_user.h"

static void early(void)
{
	ipxe_user_note("E");
}
static void serial(void)
{
	ipxe_user_note("S");
}
static void console(void)
{
	ipxe_user_note("C");
}
static void normal_b(void)
{
	ipxe_user_note("N");
}
static int help_exec(int argc, char **argv)
{
	(void)argv;
	return -argc;
}
static int sync_exec(int argc, char **argv)
{
	(void)argv;
	return argc * 2;
}

struct init_fn normal_b_init_fn __init_fn(INIT_NORMAL) = { .initialise = normal_b };
struct init_fn console_init_fn __init_fn(INIT_CONSOLE) = { .initialise = console };
struct init_fn serial_init_fn __init_fn(INIT_SERIAL) = { .initialise = serial };
static struct init_fn early_init_fn __init_fn(INIT_EARLY) = { .initialise = early };
struct command help_command __command = { .name = "help", .exec = help_exec };
struct command sync_command __command = { .name = "sync", .exec = sync_exec };
