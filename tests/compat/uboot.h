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
#endif
