/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_cmds/cmd_env.c - environment commands and
 * callbacks: the callbacks found by a scan of their list, as U-Boot's env
 * code does. */
#include <stdlib.h>
#include <string.h>
#include "command.h"

/* The port's one line per list (docs/adopting.md): for linktable check. */
LINKTABLE_UBOOT_LIST_DEFINE(struct env_clbk_tbl, env_clbk);

int bootdelay = -1, baudrate;

static int on_bootdelay(const char *name, const char *value, int op, int flags)
{
	(void)name;
	(void)op;
	(void)flags;
	bootdelay = atoi(value);
	return 0;
}

static int on_baudrate(const char *name, const char *value, int op, int flags)
{
	(void)name;
	(void)op;
	(void)flags;
	baudrate = atoi(value);
	return baudrate > 0 ? 0 : 1;
}
U_BOOT_ENV_CALLBACK(bootdelay, on_bootdelay);
U_BOOT_ENV_CALLBACK(baudrate, on_baudrate);

struct env_clbk_tbl *find_env_callback(const char *name)
{
	int i, num_callbacks = ll_entry_count(struct env_clbk_tbl, env_clbk);
	struct env_clbk_tbl *clbkp = ll_entry_start(struct env_clbk_tbl, env_clbk);

	if (name == NULL)
		return NULL;
	for (i = 0; i < num_callbacks; i++, clbkp++)
		if (strcmp(name, clbkp->name) == 0)
			return clbkp;
	return NULL;
}

int env_set(const char *name, const char *value)
{
	struct env_clbk_tbl *c = find_env_callback(name);

	return c ? c->callback(name, value, 0, 0) : 0;
}

static int do_env_set(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp;
	(void)flag;
	last_argc = argc;
	last_tag = 's';
	if (argc < 3)
		return CMD_RET_USAGE;
	return env_set(argv[1], argv[2]) ? CMD_RET_FAILURE : CMD_RET_SUCCESS;
}

static int do_env_print(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp;
	(void)flag;
	(void)argv;
	last_argc = argc;
	last_tag = 'p';
	return CMD_RET_SUCCESS;
}

U_BOOT_CMD(setenv, 3, 0, do_env_set, "set environment variables", "name value");
U_BOOT_CMD(printenv, 2, 1, do_env_print, "print environment variables", "[name]");
