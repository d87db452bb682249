/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/toynet.c - a network driver built in, as
 * its author writes it: its module name defined before the headers (the
 * kernel's build passes -DKBUILD_MODNAME), a parameter of every scalar
 * type (so "toynet.<name>=" on the command line), one under another name
 * (module_param_named), its module information, a device table, and
 * module_init/module_exit.
 */
#define KBUILD_MODNAME "toynet"
#include "drv.h"

bool toynet_debug;
module_param_named(debug, toynet_debug, bool, 0644);
MODULE_PARM_DESC(debug, "Verbose logging");

bool toynet_nomsi;
module_param_named(msi, toynet_nomsi, invbool, 0444);
MODULE_PARM_DESC(msi, "Use MSI interrupts (default: on)");

int toynet_bint;
module_param_named(wol, toynet_bint, bint, 0444);

unsigned char toynet_byte = 7;
module_param_named(byte, toynet_byte, byte, 0444);
short toynet_short = 7;
module_param_named(short, toynet_short, short, 0444);
unsigned short toynet_ushort = 7;
module_param_named(ushort, toynet_ushort, ushort, 0444);
int toynet_int = 7;
module_param_named(int, toynet_int, int, 0644);
unsigned int toynet_uint = 7;
module_param_named(uint, toynet_uint, uint, 0444);
long toynet_long = 7;
module_param_named(long, toynet_long, long, 0444);
unsigned long toynet_ulong = 7;
module_param_named(ulong, toynet_ulong, ulong, 0444);
unsigned long long toynet_ullong = 7;
module_param_named(ullong, toynet_ullong, ullong, 0444);
unsigned int toynet_hexint = 7;
module_param_named(hexint, toynet_hexint, hexint, 0444);
char *toynet_name;
module_param_named(ifname, toynet_name, charp, 0444);
MODULE_PARM_DESC(ifname, "Interface name");

int toynet_rx_ring = 256;
module_param_named(rx_ring, toynet_rx_ring, int, S_IRUGO);

/* A plain static parameter, as most drivers have them. */
static int copybreak = 256;
module_param(copybreak, int, S_IRUGO | S_IWUSR);
MODULE_PARM_DESC(copybreak, "Maximum size of packet that is copied to a new buffer on receive");

/* Never called: the parameter of the same name takes "toynet.debug". */
static int __init toynet_debug_setup(char *str)
{
	(void)str;
	toynet_debug = false;
	return 1;
}
__setup("toynet.debug", toynet_debug_setup);

struct toy_device_id {
	unsigned short vendor, device;
};
static const struct toy_device_id toynet_ids[] = { { 0x8086, 0x100e }, { 0x8086, 0x10d3 }, { 0, 0 } };
MODULE_DEVICE_TABLE(pci, toynet_ids);

int toynet_inited, toynet_exited;

static int __init toynet_init(void)
{
	toynet_inited = copybreak == 128 && toynet_ids[0].vendor == 0x8086 ? 1 : -1;
	return 0;
}

static void __exit toynet_exit(void)
{
	toynet_exited++;
}

module_init(toynet_init);
module_exit(toynet_exit);

MODULE_AUTHOR("A. Hacker <a@example.org>");
MODULE_AUTHOR("B. Hacker <b@example.org>");
MODULE_DESCRIPTION("Toy network driver");
MODULE_LICENSE("GPL");
MODULE_VERSION("1.2");
MODULE_ALIAS("toy-ethernet");
MODULE_SOFTDEP("pre: toyphy");
MODULE_INFO(intree, "Y");
MODULE_FIRMWARE("toynet/fw.bin");
