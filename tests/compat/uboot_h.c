/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_h.c - more commands and callbacks for uboot_g.c. */
#include "uboot_cmd.h"

static int do_printenv(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp, (void)flag, (void)argv;
	uboot_cmd_last = 3000 + argc;
	return 0;
}
static int do_help(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp, (void)flag, (void)argv;
	return argc;
}
static int do_env(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp, (void)flag, (void)argv;
	return -argc;
}
U_BOOT_UCMD(printenv, 64, 1, do_printenv, "print environment variables", "[-a]");
U_BOOT_UCMD(help, 64, 1, do_help, "print command description/usage", "[command ...]");
U_BOOT_UCMD(env, 64, 1, do_env, "environment handling commands", "");

static int stdout_cb(const char *value)
{
	return value[0] == 's' ? 0 : -1;
}
U_BOOT_UENV_CALLBACK(stdout, stdout_cb);

struct ustatic_item {
	int v;
};
static ll_entry_declare(struct ustatic_item, s_one, ustatic) = { 1 };
