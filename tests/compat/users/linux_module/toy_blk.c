/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/toy_blk.c - a block driver built in,
 * with the kernel's -D given as a #define: arrays (int, charp, bool,
 * ushort, ullong; one with no count pointer), a string buffer, and a
 * __setup() left from before it had parameters ("toy_blk.legacy=", a
 * name no parameter has, so the normal pass offers it to __setup()).
 */
#define KBUILD_MODNAME "toy_blk"
#include "drv.h"

int toyblk_sizes[4];
unsigned int toyblk_nsizes;
module_param_array_named(sizes, toyblk_sizes, int, &toyblk_nsizes, 0444);
MODULE_PARM_DESC(sizes, "Disk sizes in MiB");

char *toyblk_disks[3];
unsigned int toyblk_ndisks;
module_param_array_named(disks, toyblk_disks, charp, &toyblk_ndisks, 0444);

bool toyblk_ro[3];
module_param_array_named(ro, toyblk_ro, bool, NULL, 0444);

unsigned short toyblk_ports[2];
module_param_array_named(ports, toyblk_ports, ushort, NULL, 0444);

unsigned long long toyblk_big[2];
static unsigned int nbig;
module_param_array_named(big, toyblk_big, ullong, &nbig, 0444);

char toyblk_label[8] = "none";
module_param_string(label, toyblk_label, sizeof(toyblk_label), 0444);
MODULE_PARM_DESC(label, "Volume label");

const char *toyblk_legacy;
int toyblk_setup_calls;

static int __init toyblk_legacy_setup(char *str)
{
	toyblk_legacy = str;
	toyblk_setup_calls++;
	return 1;
}
__setup("toy_blk.legacy=", toyblk_legacy_setup);

static int __init toyblk_init(void)
{
	return nbig <= 2 ? 0 : -22;
}
module_init(toyblk_init);

MODULE_LICENSE("GPL v2");
MODULE_DESCRIPTION("Toy block driver");
MODULE_ALIAS("block-major-240-*");
