/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/core.c - the core of an iPXE-style
 * program: it defines the tables, runs the initialisation and start-up
 * functions, binds PCI devices to drivers, probes images, finds commands
 * and writes to every console, as iPXE's own core walks its tables; then
 * checks what happened.  The drivers, consoles, commands and image types
 * are in the other files, which the core never names.
 */
#include <string.h>
#include "../tap.h" /* <stdio.h> before image.h: glibc names a parameter __command */
#include "image.h"
#include "init.h"
#include "pci.h"

LINKTABLE_IPXE_DEFINE(PCI_DRIVERS);
LINKTABLE_IPXE_DEFINE(INIT_FNS);
LINKTABLE_IPXE_DEFINE(STARTUP_FNS);
LINKTABLE_IPXE_DEFINE(IMAGE_TYPES);
LINKTABLE_IPXE_DEFINE(CONSOLES);
LINKTABLE_IPXE_DEFINE(COMMANDS);
LINKTABLE_IPXE_DEFINE(SANBOOT_PROTOCOLS);
LINKTABLE_IPXE_DEFINE(BOOT_HOOKS);

extern int shell_fail_startup;
extern char serial_line[64];
extern struct pci_driver rtl8139_driver, intel_driver, undi_driver;
extern struct command shell_commands[3];
extern struct image_type multiboot_image_type, script_image_type;

static char trace_buf[512];

void trace(const char *what)
{
	size_t n = strlen(trace_buf);

	if (n + strlen(what) + 2 < sizeof(trace_buf)) {
		if (n)
			trace_buf[n++] = ' ';
		strcpy(trace_buf + n, what);
	}
}

static int traced(const char *want)
{
	int same = strcmp(trace_buf, want) == 0;

	if (!same)
		printf("# trace: %s\n# want:  %s\n", trace_buf, want);
	trace_buf[0] = 0;
	return same;
}

/* ---- what iPXE's core does with its tables ---- */

void initialise(void)
{
	struct init_fn *init_fn;

	for_each_table_entry(init_fn, INIT_FNS)
		init_fn->initialise();
}

/* Start every start-up function in order; if one fails, shut down the
 * ones already started, last first. */
int startup(void)
{
	struct startup_fn *startup_fn;

	for_each_table_entry(startup_fn, STARTUP_FNS) {
		if (startup_fn->startup() != 0) {
			for_each_table_entry_continue_reverse(startup_fn, STARTUP_FNS)
				startup_fn->shutdown(0);
			return -1;
		}
	}
	return 0;
}

void shutdown(int booting)
{
	struct startup_fn *startup_fn;

	for_each_table_entry_reverse(startup_fn, STARTUP_FNS)
		startup_fn->shutdown(booting);
}

static int pci_id_matches(const struct pci_device_id *id, const struct pci_device *pci)
{
	return (id->vendor == 0xffff || id->vendor == pci->vendor) && (id->device == 0xffff || id->device == pci->device);
}

/* Find the first driver, from the one after pci->driver (or from the
 * start), with an ID matching the device. */
int pci_find_driver(struct pci_device *pci)
{
	struct pci_driver *driver = pci->driver;
	unsigned int i;

	if (driver) {
		for_each_table_entry_continue(driver, PCI_DRIVERS) {
			for (i = 0; i < driver->id_count; i++) {
				if (pci_id_matches(&driver->ids[i], pci)) {
					pci->driver = driver;
					pci->id = &driver->ids[i];
					return 0;
				}
			}
		}
		return -1;
	}
	for_each_table_entry(driver, PCI_DRIVERS) {
		for (i = 0; i < driver->id_count; i++) {
			if (pci_id_matches(&driver->ids[i], pci)) {
				pci->driver = driver;
				pci->id = &driver->ids[i];
				return 0;
			}
		}
	}
	return -1;
}

/* Bind the device: the first matching driver whose probe accepts it. */
int pci_probe(struct pci_device *pci)
{
	pci->driver = NULL;
	while (pci_find_driver(pci) == 0) {
		if (pci->driver->probe(pci) == 0)
			return 0;
	}
	pci->driver = NULL;
	return -1;
}

void pci_remove(struct pci_device *pci)
{
	pci->driver->remove(pci);
}

int image_probe(struct image *image)
{
	struct image_type *type;

	for_each_table_entry(type, IMAGE_TYPES) {
		if (type->probe(image) == 0) {
			image->type = type;
			return 0;
		}
	}
	return -1;
}

void putchar_all(int character)
{
	struct console_driver *console;

	for_each_table_entry(console, CONSOLES) {
		if (!console->disabled)
			console->putchar(character);
	}
}

struct command *find_command(const char *name)
{
	struct command *command;

	for_each_table_entry(command, COMMANDS) {
		if (strcmp(command->name, name) == 0)
			return command;
	}
	return NULL;
}

static int sanboot(const char *uri)
{
	struct sanboot_protocol *protocol;

	for_each_table_entry(protocol, SANBOOT_PROTOCOLS) {
		if (strncmp(uri, protocol->scheme, strlen(protocol->scheme)) == 0)
			return protocol->hook(uri);
	}
	return -1;
}

/* ---- the checks ---- */

extern struct init_fn serial_init_fn;

_Static_assert(__table_alignment(PCI_DRIVERS) == __alignof__(struct pci_driver),
	       "__table_alignment() is the entry type's alignment");

static void check_init(void)
{
	struct init_fn *init_fn;
	unsigned int i, count = 0;
	int same = 1;

	initialise();
	ok(traced("init:early init:serial init:console init:rtl8139 init:late"),
	   "initialisation functions run by order (INIT_EARLY .. INIT_LATE) from four files");
	for_each_table_entry(init_fn, INIT_FNS) {
		same &= table_index(INIT_FNS, init_fn) == count && &table_start(INIT_FNS)[count] == init_fn;
		count++;
	}
	for (i = 0; i < table_num_entries(INIT_FNS); i++)
		same &= table_start(INIT_FNS)[i].initialise != NULL;
	printf("# %u init functions, serial's at index %d\n", table_num_entries(INIT_FNS),
	       table_index(INIT_FNS, &serial_init_fn));
	ok(same && count == 5 && table_num_entries(INIT_FNS) == 5 && table_index(INIT_FNS, &serial_init_fn) == 1,
	   "an unsigned int loop to table_num_entries() and table_index() agree with the walk (%u entries)", count);
}

static void check_startup(void)
{
	struct startup_fn *startup_fn;
	const char *names[4];
	unsigned int n = 0;

	ok(startup() == 0 && traced("startup:serial startup:intel startup:shell"),
	   "start-up functions run in order STARTUP_EARLY, _NORMAL, _LATE");
	shutdown(1);
	ok(traced("shutdown:shell:boot shutdown:intel:boot shutdown:serial:boot"),
	   "shutdown() walks them backwards with for_each_table_entry_reverse()");
	shell_fail_startup = 1;
	ok(startup() != 0 && traced("startup:serial startup:intel startup:shell:failed shutdown:intel shutdown:serial"),
	   "a failed start-up shuts down the ones before it, with _continue_reverse from the failing entry");
	shell_fail_startup = 0;
	for_each_table_entry_reverse(startup_fn, STARTUP_FNS) {
		if (n < 4)
			names[n] = startup_fn->name;
		n++;
	}
	ok(n == 3 && strcmp(names[0], "shell") == 0 && strcmp(names[2], "serial") == 0 &&
		   table_end(STARTUP_FNS) - 1 == &table_start(STARTUP_FNS)[2],
	   "the reverse walk starts at table_end() - 1 and ends at table_start()");
}

static void check_pci(void)
{
	struct pci_device devs[] = {
		{ .vendor = 0x10ec, .device = 0x8139 }, /* rtl8139 */
		{ .vendor = 0x8086, .device = 0x100e }, /* intel */
		{ .vendor = 0x8086, .device = 0x10d3 }, /* intel refuses: undi */
		{ .vendor = 0x14e4, .device = 0x1659 }, /* nobody but undi */
	};
	struct pci_driver *driver;
	unsigned int i, ndevs = sizeof(devs) / sizeof(devs[0]), fallback_index = 99;
	int bound = 1;

	for (i = 0; i < ndevs; i++)
		bound &= pci_probe(&devs[i]) == 0 && devs[i].opened;
	ok(bound && traced("rtl8139:probe intel:probe intel:refused undi:probe undi:probe"),
	   "every device bound: normal drivers first, the fallback after them");
	ok(devs[0].driver == &rtl8139_driver && devs[1].driver == &intel_driver && devs[2].driver == &undi_driver &&
		   devs[3].driver == &undi_driver && strcmp(devs[0].id->name, "rtl8139") == 0 &&
		   strcmp(devs[2].id->name, "undi") == 0,
	   "the refused device went on to the next driver (for_each_table_entry_continue)");
	ok(table_num_entries(PCI_DRIVERS) == 3 && table_index(PCI_DRIVERS, &undi_driver) == 2 &&
		   table_index(PCI_DRIVERS, &rtl8139_driver) < 2 && table_index(PCI_DRIVERS, &intel_driver) < 2,
	   "__pci_driver_fallback (02) is the last of %u drivers, at index %d", table_num_entries(PCI_DRIVERS),
	   table_index(PCI_DRIVERS, &undi_driver));
	i = 0;
	for_each_table_entry_reverse(driver, PCI_DRIVERS) {
		if (driver == &undi_driver)
			fallback_index = i;
		i++;
	}
	ok(fallback_index == 0 && i == 3, "the reverse walk meets the fallback first");
	i = 0;
	for_each_table_entry(driver, PCI_DRIVERS)
		i += (uintptr_t)driver % __table_alignment(PCI_DRIVERS) == 0;
	ok(i == 3, "every driver sits on __table_alignment() (%u)", (unsigned int)__table_alignment(PCI_DRIVERS));
	for (i = ndevs; i-- > 0;)
		pci_remove(&devs[i]);
	ok(traced("undi:remove undi:remove intel:remove rtl8139:remove") && !devs[0].opened && !devs[3].opened,
	   "every bound device removed by its own driver");
}

static void check_images(void)
{
	static const unsigned char elf[] = "\177ELF....", mb[] = "MBT1\177ELF", script[] = "#!ipxe\necho",
				   pxe[] = "PXE!#!..", junk[] = "junkjunk";
	struct image images[] = {
		{ .name = "elf", .data = elf, .len = 8 },	{ .name = "mb", .data = mb, .len = 8 },
		{ .name = "script", .data = script, .len = 11 }, { .name = "pxe", .data = pxe, .len = 8 },
		{ .name = "junk", .data = junk, .len = 8 },
	};
	struct image_type *type;
	char order[128] = "";

	ok(image_probe(&images[0]) == 0 && strcmp(images[0].type->name, "ELF") == 0 &&
		   image_probe(&images[1]) == 0 && images[1].type == &multiboot_image_type &&
		   image_probe(&images[2]) == 0 && images[2].type == &script_image_type &&
		   image_probe(&images[3]) == 0 && strcmp(images[3].type->name, "PXE") == 0 && image_probe(&images[4]) != 0,
	   "images probed in table order: multiboot (01) before ELF (02), PXE (09) before scripts (10)");
	for_each_table_entry(type, IMAGE_TYPES) {
		strcat(order, type->name);
		strcat(order, " ");
	}
	ok((strcmp(order, "Multiboot ELF bzImage PXE script ") == 0 ||
	    strcmp(order, "Multiboot bzImage ELF PXE script ") == 0),
	   "image types in order 01, 02, 02, 09, 10 (%s)", order);
	ok(table_start(IMAGE_TYPES) == &multiboot_image_type && table_end(IMAGE_TYPES) - 1 == &script_image_type,
	   "order 01 is table_start(), order 10 the last before table_end()");
	{
		const boot_hook_t *hook;

		for_each_table_entry(hook, BOOT_HOOKS)
			(*hook)(images[2].name);
		ok(table_num_entries(BOOT_HOOKS) == 2 && traced("script hook:serial-flush"),
		   "a table of bare function pointers, walked with a pointer to const, in order 01, 02");
	}
}

static void check_consoles(void)
{
	const char *s;

	for (s = "iPXE"; *s; s++)
		putchar_all(*s);
	ok(strcmp(console_buffer, "iPXE") == 0 && strcmp(serial_line, "iPXE") == 0 && traced(""),
	   "every enabled console written, the disabled one skipped");
	ok(table_num_entries(CONSOLES) == 3 && table_index(CONSOLES, &serial_console) < 3 &&
		   table_index(CONSOLES, &buffer_console) < 3,
	   "entries declared extern with their attribute in a header are in the table");
}

static void check_commands(void)
{
	char echo[] = "echo", hello[] = "hello";
	char *argv[] = { echo, hello, NULL };
	struct command *command, *found = find_command("exit");
	unsigned int after = 0, before = 0;

	ok(find_command("echo") == &shell_commands[0] && find_command("echo")->exec(2, argv) == 5 &&
		   find_command("help")->exec(1, argv) == 42 && find_command("sleep")->exec(2, argv) == 20 &&
		   find_command("boot") == NULL,
	   "commands found by name, from an array entry and a static one");
	ok(found == &shell_commands[1] &&
		   table_index(COMMANDS, &shell_commands[2]) - table_index(COMMANDS, &shell_commands[0]) == 2,
	   "an array given one __command stays one array inside the table");
	command = found;
	for_each_table_entry_continue(command, COMMANDS)
		after++;
	command = found;
	for_each_table_entry_continue_reverse(command, COMMANDS)
		before++;
	ok(table_num_entries(COMMANDS) == 4 && before == table_index(COMMANDS, found) &&
		   before + 1 + after == table_num_entries(COMMANDS),
	   "_continue and _continue_reverse from the middle cover the rest (%u before, %u after)", before, after);
}

static void check_empty(void)
{
	struct sanboot_protocol *protocol;
	unsigned int n = 0;

	for_each_table_entry(protocol, SANBOOT_PROTOCOLS)
		n++;
	for_each_table_entry_reverse(protocol, SANBOOT_PROTOCOLS)
		n++;
	protocol = table_end(SANBOOT_PROTOCOLS);
	for_each_table_entry_continue_reverse(protocol, SANBOOT_PROTOCOLS)
		n++;
	ok(n == 0 && table_num_entries(SANBOOT_PROTOCOLS) == 0 &&
		   table_start(SANBOOT_PROTOCOLS) == table_end(SANBOOT_PROTOCOLS) && sanboot("iscsi:10.0.0.1") == -1,
	   "a table nobody adds to: every walk is empty, table_num_entries() is 0");
}

int main(void)
{
	check_init();
	check_startup();
	check_pci();
	check_images();
	check_consoles();
	check_commands();
	check_empty();
	return done_testing();
}
