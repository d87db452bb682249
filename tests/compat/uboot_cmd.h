/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_cmd.h - U-Boot-style commands and environment
 * callbacks: a U_BOOT_CMD()-like macro on ll_entry_declare() (U-Boot's
 * struct cmd_tbl fields), a U_BOOT_ENV_CALLBACK()-like one, entries named
 * so that name order differs from definition and link order.
 */
#ifndef LINKTABLE_TESTS_COMPAT_UBOOT_CMD_H
#define LINKTABLE_TESTS_COMPAT_UBOOT_CMD_H
#include <linktable/compat/uboot.h>

struct ucmd_tbl {
	const char *name;
	int maxargs;
	int repeatable;
	int (*cmd)(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[]);
	const char *usage;
	const char *help;
};
#define U_BOOT_UCMD(_name, _maxargs, _rep, _cmd, _usage, _help) \
	ll_entry_declare(struct ucmd_tbl, _name, ucmd) = { #_name, _maxargs, _rep, _cmd, _usage, _help }

struct uenv_clbk {
	const char *name;
	int (*callback)(const char *value);
};
#define U_BOOT_UENV_CALLBACK(name, callback) \
	ll_entry_declare(struct uenv_clbk, name, uenv_clbk) = { #name, callback }

/* Set by the commands (what ran). */
extern int uboot_cmd_last;
#endif
