/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_cmds/command.c - the command core as U-Boot
 * structures it: find_cmd() scans ll_entry_start()..+ll_entry_count() with
 * exact match first, else a unique abbreviation; run_command() splits the
 * line and checks maxargs; fixup_cmdtable() rewrites the pointers of every
 * entry in place (the manual-relocation idiom, on writable entries). */
#include <stdint.h>
#include <string.h>
#include "command.h"

/* The list's definition, for the linktable command and the name order. */
LINKTABLE_UBOOT_LIST_DEFINE(struct cmd_tbl, cmd);

int last_argc;
char last_tag;

int cmd_always_repeatable(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[], int *repeatable)
{
	*repeatable = 1;
	return cmdtp->cmd(cmdtp, flag, argc, argv);
}

int cmd_never_repeatable(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[], int *repeatable)
{
	*repeatable = 0;
	return cmdtp->cmd(cmdtp, flag, argc, argv);
}

struct cmd_tbl *find_cmd_tbl(const char *cmd, struct cmd_tbl *table, int table_len)
{
	struct cmd_tbl *cmdtp, *cmdtp_temp = table;
	const char *p = strchr(cmd, '.');
	size_t len = p ? (size_t)(p - cmd) : strlen(cmd);
	int n_found = 0;

	for (cmdtp = table; cmdtp != table + table_len; cmdtp++) {
		if (strncmp(cmd, cmdtp->name, len) == 0) {
			if (len == strlen(cmdtp->name))
				return cmdtp;
			cmdtp_temp = cmdtp;
			n_found++;
		}
	}
	if (n_found == 1)
		return cmdtp_temp;
	return NULL;
}

struct cmd_tbl *find_cmd(const char *cmd)
{
	struct cmd_tbl *start = ll_entry_start(struct cmd_tbl, cmd);
	const int len = ll_entry_count(struct cmd_tbl, cmd);

	return find_cmd_tbl(cmd, start, len);
}

int run_command(const char *cmd, int flag)
{
	char buf[64], *argv[8] = { 0 }, *p;
	int argc = 0, repeatable;
	struct cmd_tbl *cmdtp;

	strncpy(buf, cmd, sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = 0;
	for (p = strtok(buf, " "); p && argc < 7; p = strtok(NULL, " "))
		argv[argc++] = p;
	if (!argc)
		return -1;
	cmdtp = find_cmd(argv[0]);
	if (!cmdtp)
		return -2;
	if (argc > cmdtp->maxargs)
		return CMD_RET_USAGE;
	return cmdtp->cmd_rep(cmdtp, flag, argc, argv, &repeatable) + (repeatable ? 100 : 0);
}

void fixup_cmdtable(struct cmd_tbl *cmdtp, int size, long off)
{
	int i;

	for (i = 0; i < size; i++, cmdtp++) {
		cmdtp->name = (char *)((uintptr_t)cmdtp->name + (uintptr_t)off);
		cmdtp->usage = (char *)((uintptr_t)cmdtp->usage + (uintptr_t)off);
	}
}
