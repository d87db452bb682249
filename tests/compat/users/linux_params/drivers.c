/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_params/drivers.c - drivers and the PCI core,
 * as they take their parameters: "pci" both an early_param() (for the
 * early ACPI code) and a __setup("pci=") (both see "pci=noacpi"), "no_hz"
 * an early_param() that "no-hz" also reaches, "nodev" a __setup() without
 * '=' that takes every parameter it starts ("nodevices" gives "ices"),
 * the same handler under a second name with __setup_param(), "opt=" a
 * __setup() that handles only "fast" and leaves the rest to main.c's,
 * "toy_mode=" and "msg=" plain __setup()s; a console_initcall() that runs
 * after console.c's, an early and a device initcall.
 */
#include "boot.h"

int toy_nodev;
static int pci_noacpi, pci_early_seen, nohz_off, toy_mode;
static size_t msg_len;

static int __init pci_setup(char *str)
{
	boot_log("pci=", str);
	pci_noacpi = str[0] == 'n' && str[1] == 'o';
	return 1;
}
__setup("pci=", pci_setup);

static int __init pci_early(char *str)
{
	boot_log("pci", str);
	pci_early_seen++;
	return 0;
}
early_param("pci", pci_early);

static int __init nohz_early(char *str)
{
	boot_log("no_hz", str);
	if (str == NULL)
		return -EINVAL;
	nohz_off = str[0] == 'o' && str[1] == 'f' && str[2] == 'f';
	return 0;
}
early_param("no_hz", nohz_early);

static int __init nodev_setup(char *str)
{
	boot_log("nodev", str);
	toy_nodev++;
	return 1;
}
__setup("nodev", nodev_setup);
__setup_param("disable_dev=", disable_dev, nodev_setup, 0);

static int __init opt_fast(char *str)
{
	toy_opt_log('F', str);
	return str[0] == 'f' && str[1] == 'a' && str[2] == 's' && str[3] == 't' && str[4] == '\0';
}
__setup("opt=", opt_fast);

static int __init toy_mode_setup(char *str)
{
	boot_log("toy_mode=", str);
	toy_mode = str[0] - '0';
	return 1;
}
__setup("toy_mode=", toy_mode_setup);

/* Long values are logged by their length. */
static int __init msg_setup(char *str)
{
	size_t n = 0;

	while (str[n] != '\0')
		n++;
	msg_len = n;
	boot_log("msg=", n > 64 ? "(long)" : str);
	return 1;
}
__setup("msg=", msg_setup);

size_t toy_msg_len(void);
size_t toy_msg_len(void)
{
	return msg_len;
}

static int __init toyvt_console_init(void)
{
	boot_note("con:toyvt");
	return 0;
}
console_initcall(toyvt_console_init);

static int __init toy_early(void)
{
	boot_note("early");
	return 0;
}
early_initcall(toy_early);

/* The parameters are all in by the time a driver initialises. */
static int __init toy_driver_init(void)
{
	boot_log("dev", pci_noacpi && pci_early_seen && nohz_off && toy_mode == 2 && toy_nodev == 2 ? "params-ok" : "params-bad");
	return 0;
}
device_initcall(toy_driver_init);
