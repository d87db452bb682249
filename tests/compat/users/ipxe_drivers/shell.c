/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/shell.c - commands registered as an
 * array with one __command (and a static one on its own), a console that
 * buffers and one that is disabled, a start-up function at STARTUP_LATE
 * that fails when asked to, the console initialisation function, and two
 * image types: bzImage at PROBE_NORMAL and scripts at order 10.
 */
#include <string.h>
#include "image.h"
#include "init.h"
#include "pci.h"

int shell_fail_startup;
char console_buffer[64];

static int echo_exec(int argc, char **argv)
{
	return argc > 1 ? (int)strlen(argv[1]) : 0;
}

static int exit_exec(int argc, char **argv)
{
	(void)argv;
	return -argc;
}

static int help_exec(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 42;
}

struct command shell_commands[] __command = {
	{
		.name = "echo",
		.exec = echo_exec,
	},
	{
		.name = "exit",
		.exec = exit_exec,
	},
	{
		.name = "help",
		.exec = help_exec,
	},
};

static int sleep_exec(int argc, char **argv)
{
	(void)argv;
	return argc * 10;
}

static struct command sleep_command __command = {
	.name = "sleep",
	.exec = sleep_exec,
};

static void buffer_putchar(int character)
{
	size_t n = strlen(console_buffer);

	if (n + 1 < sizeof(console_buffer))
		console_buffer[n] = (char)character;
}

struct console_driver buffer_console __console_driver = {
	.name = "buffer",
	.putchar = buffer_putchar,
};

static void null_putchar(int character)
{
	(void)character;
	trace("null-console-written");
}

static struct console_driver null_console __console_driver = {
	.name = "null",
	.disabled = 1,
	.putchar = null_putchar,
};

static void console_init(void)
{
	trace("init:console");
}

struct init_fn console_init_fn __init_fn(INIT_CONSOLE) = {
	.name = "console",
	.initialise = console_init,
};

static int shell_startup(void)
{
	if (shell_fail_startup) {
		trace("startup:shell:failed");
		return -1;
	}
	trace("startup:shell");
	return 0;
}

static void shell_shutdown(int booting)
{
	trace(booting ? "shutdown:shell:boot" : "shutdown:shell");
}

struct startup_fn shell_startup_fn __startup_fn(STARTUP_LATE) = {
	.name = "shell",
	.startup = shell_startup,
	.shutdown = shell_shutdown,
};

static int bzimage_probe(struct image *image)
{
	return (image->len >= 8 && memcmp(image->data + 4, "HdrS", 4) == 0) ? 0 : -1;
}

struct image_type bzimage_image_type __image_type(PROBE_NORMAL) = {
	.name = "bzImage",
	.probe = bzimage_probe,
};

/* Scripts come last: anything that starts with "#!" is one. */
static int script_probe(struct image *image)
{
	return (image->len >= 2 && image->data[0] == '#' && image->data[1] == '!') ? 0 : -1;
}

struct image_type script_image_type __image_type(PROBE_SCRIPT_LAST) = {
	.name = "script",
	.probe = script_probe,
};

static void shell_announce_hook(const char *image_name)
{
	trace(image_name);
}

static boot_hook_t shell_boot_hook __boot_hook(01) = shell_announce_hook;
