/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/image.h - image types probed in order
 * (orders 01, 02, 09 and 10: two-digit orders past the octal digits), a
 * console driver table whose entries are declared extern in the header,
 * a command table filled with arrays, and a table no file adds to.
 */
#ifndef IPXE_DRIVERS_IMAGE_H
#define IPXE_DRIVERS_IMAGE_H
#include <stddef.h>
#include <linktable/compat/ipxe.h>

struct image {
	const char *name;
	const unsigned char *data;
	size_t len;
	struct image_type *type;
};

struct image_type {
	const char *name;
	int (*probe)(struct image *image);
};

#define IMAGE_TYPES __table(struct image_type, "image_types")
LINKTABLE_IPXE_DECLARE(IMAGE_TYPES);
#define __image_type(probe_order) __table_entry(IMAGE_TYPES, probe_order)
#define PROBE_MULTIBOOT 01
#define PROBE_NORMAL 02
#define PROBE_PXE 09
#define PROBE_SCRIPT_LAST 10

int image_probe(struct image *image);

struct console_driver {
	const char *name;
	int disabled;
	void (*putchar)(int character);
};
#define CONSOLES __table(struct console_driver, "consoles")
LINKTABLE_IPXE_DECLARE(CONSOLES);
#define __console_driver __table_entry(CONSOLES, 01)

extern struct console_driver serial_console __console_driver;
extern struct console_driver buffer_console __console_driver;
extern char console_buffer[64];
void putchar_all(int character);

struct command {
	const char *name;
	int (*exec)(int argc, char **argv);
};
#define COMMANDS __table(struct command, "commands")
LINKTABLE_IPXE_DECLARE(COMMANDS);
#define __command __table_entry(COMMANDS, 01)

struct command *find_command(const char *name);

/* A table of bare function pointers (a typedef, not a struct), called
 * before the program hands over to an image. */
typedef void (*boot_hook_t)(const char *image_name);
#define BOOT_HOOKS __table(boot_hook_t, "boot_hooks")
LINKTABLE_IPXE_DECLARE(BOOT_HOOKS);
#define __boot_hook(order) __table_entry(BOOT_HOOKS, order)

/* Nobody provides a SAN boot protocol in this program. */
struct sanboot_protocol {
	const char *scheme;
	int (*hook)(const char *uri);
};
#define SANBOOT_PROTOCOLS __table(struct sanboot_protocol, "sanboot_protocols")
LINKTABLE_IPXE_DECLARE(SANBOOT_PROTOCOLS);
#endif
