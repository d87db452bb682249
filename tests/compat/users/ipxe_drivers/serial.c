/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/serial.c - the serial port: an
 * initialisation function at INIT_SERIAL and one at INIT_LATE, the console
 * driver that image.h declares extern with its attribute, a start-up
 * function at STARTUP_EARLY and the multiboot image type (order 01).
 */
#include <string.h>
#include "image.h"
#include "init.h"
#include "pci.h"

static int serial_ready;
char serial_line[64];

static void serial_init(void)
{
	serial_ready = 1;
	trace("init:serial");
}

struct init_fn serial_init_fn __init_fn(INIT_SERIAL) = {
	.name = "serial",
	.initialise = serial_init,
};

static void serial_late(void)
{
	trace(serial_ready ? "init:late" : "init:late-before-serial");
}

struct init_fn serial_late_fn __init_fn(INIT_LATE) = {
	.name = "late",
	.initialise = serial_late,
};

static void serial_putchar(int character)
{
	size_t n = strlen(serial_line);

	if (serial_ready && n + 1 < sizeof(serial_line))
		serial_line[n] = (char)character;
}

struct console_driver serial_console __console_driver = {
	.name = "serial",
	.putchar = serial_putchar,
};

static int serial_startup(void)
{
	trace("startup:serial");
	return 0;
}

static void serial_shutdown(int booting)
{
	trace(booting ? "shutdown:serial:boot" : "shutdown:serial");
}

struct startup_fn serial_startup_fn __startup_fn(STARTUP_EARLY) = {
	.name = "serial",
	.startup = serial_startup,
	.shutdown = serial_shutdown,
};

static int multiboot_probe(struct image *image)
{
	return (image->len >= 4 && memcmp(image->data, "MBT1", 4) == 0) ? 0 : -1;
}

struct image_type multiboot_image_type __image_type(PROBE_MULTIBOOT) = {
	.name = "Multiboot",
	.probe = multiboot_probe,
};

static void serial_flush_hook(const char *image_name)
{
	(void)image_name;
	trace("hook:serial-flush");
}

boot_hook_t serial_boot_hook __boot_hook(02) = serial_flush_hook;
