/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot.h - the linker lists of the test, as U-Boot declares them. */
#ifndef LINKTABLE_TESTS_COMPAT_UBOOT_H
#define LINKTABLE_TESTS_COMPAT_UBOOT_H
#include <linktable/compat/uboot.h>

struct cmd_tbl {
	const char *name;
	int (*cmd)(int argc);
};
/* A command, as U-Boot's U_BOOT_CMD() makes one. */
#define TEST_CMD(_name, _fn) ll_entry_declare(struct cmd_tbl, _name, cmd) = { #_name, _fn }

struct driver {
	const char *name;
	int id;
};
#define TEST_DRIVER(_name, _id) ll_entry_declare(struct driver, _name, driver) = { #_name, _id }

/* Lists in the region (ll_start(), ll_end()): numbered in U-Boot's order
 * (by name), as a program switching to linktable numbers them. */
#define LINKTABLE_UBOOT_LIST_a_fixups 01
#define LINKTABLE_UBOOT_LIST_b_cmds 2
#define LINKTABLE_UBOOT_LIST_c_bytes 03
#define LINKTABLE_UBOOT_LIST_d_none 07
#define LINKTABLE_UBOOT_LIST_e_wide 10

struct fixup {
	unsigned long word;
};
struct wide_entry {
	char tag;
	long long value __attribute__((aligned(16)));
};
#endif
