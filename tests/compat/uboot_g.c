/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_g.c - U-Boot-style commands (uboot_cmd.h) from two
 * files: find_cmd() as U-Boot writes it (a loop from ll_entry_start() over
 * ll_entry_count(), a unique abbreviation matches), ll_entry_get() of a
 * command, "help" listing in name order (the by-name walk, as U-Boot's
 * sorted help), a fix-up pass over the list as manual relocation does
 * (every entry's pointers moved, then moved back), environment callbacks
 * found by name, ll_start()..ll_end() holding every entry of every list
 * (no definition needed), "static" before ll_entry_declare().
 */
#include <stdint.h>
#include <string.h>
#include "compat.h"
#include "uboot_cmd.h"

LINKTABLE_UBOOT_LIST_DEFINE(struct ucmd_tbl, ucmd);
/* (optional: for the linktable command, which checks defined tables) */
LINKTABLE_UBOOT_LIST_DEFINE(struct uenv_clbk, uenv_clbk);

int uboot_cmd_last;

static int do_version(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)flag, (void)argv;
	uboot_cmd_last = 1000 + argc;
	return cmdtp->maxargs;
}
static int do_bootm(struct ucmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)cmdtp, (void)flag, (void)argv;
	uboot_cmd_last = 2000 + argc;
	return 0;
}
U_BOOT_UCMD(version, 1, 1, do_version, "print monitor version", "");
U_BOOT_UCMD(bootm, 8, 0, do_bootm, "boot application image from memory", "[addr [arg ...]]");

static int baudrate_cb(const char *value)
{
	return value[0] == '1' ? 0 : -1;
}
U_BOOT_UENV_CALLBACK(baudrate, baudrate_cb);

/* A list written with "static" before ll_entry_declare(). */
struct ustatic_item {
	int v;
};
static ll_entry_declare(struct ustatic_item, s_two, ustatic) = { 2 };
LINKTABLE_UBOOT_LIST_DEFINE(struct ustatic_item, ustatic);

/* U-Boot's find_cmd_tbl(): an exact name, or a unique abbreviation. */
static struct ucmd_tbl *find_cmd_tbl(const char *cmd, struct ucmd_tbl *table, int table_len)
{
	struct ucmd_tbl *cmdtp, *cmdtp_temp = table;
	size_t len = strlen(cmd);
	int n_found = 0;

	for (cmdtp = table; cmdtp != table + table_len; cmdtp++) {
		if (strncmp(cmd, cmdtp->name, len) == 0) {
			if (len == strlen(cmdtp->name))
				return cmdtp;
			cmdtp_temp = cmdtp;
			n_found++;
		}
	}
	return n_found == 1 ? cmdtp_temp : NULL;
}

static struct ucmd_tbl *find_cmd(const char *cmd)
{
	struct ucmd_tbl *start = ll_entry_start(struct ucmd_tbl, ucmd);
	const int len = ll_entry_count(struct ucmd_tbl, ucmd);

	return find_cmd_tbl(cmd, start, len);
}

static struct uenv_clbk *find_env_callback(const char *name)
{
	struct uenv_clbk *clbkp;
	int i, num_callbacks = ll_entry_count(struct uenv_clbk, uenv_clbk);

	for (i = 0, clbkp = ll_entry_start(struct uenv_clbk, uenv_clbk); i < num_callbacks; ++i, ++clbkp)
		if (strcmp(name, clbkp->name) == 0)
			return clbkp;
	return NULL;
}

/* Manual relocation: move every pointer of every command by @off. */
static void fixup_cmdtable(struct ucmd_tbl *cmdtp, int size, intptr_t off)
{
	int i;

	for (i = 0; i < size; i++, cmdtp++) {
		cmdtp->name = (const char *)((intptr_t)cmdtp->name + off);
		cmdtp->usage = (const char *)((intptr_t)cmdtp->usage + off);
	}
}

/* Whether [p, p + bytes) lies in ll_start()..ll_end(). */
static int in_region(const void *p, size_t bytes)
{
	const char *lo = ll_start(char), *hi = ll_end(char);

	return (const char *)p >= lo && (const char *)p + bytes <= hi;
}

void test_uboot_cmd(void)
{
	static const char *const names[] = { "bootm", "env", "help", "printenv", "version" };
	struct ucmd_tbl *cmdtp;
	char *argv[] = { "version", NULL };
	unsigned int n = 0, i;
	int good = 1, sum = 0;

	check(ll_entry_count(struct ucmd_tbl, ucmd) == 5, "uboot cmd: 5 commands from two files");
	cmdtp = find_cmd("version");
	check(cmdtp == ll_entry_get(struct ucmd_tbl, version, ucmd) && cmdtp->cmd(cmdtp, 0, 1, argv) == 1 &&
		      uboot_cmd_last == 1001,
	      "uboot cmd: find_cmd() over ll_entry_start()/count() finds what ll_entry_get() names, and runs it");
	check(find_cmd("boo") == ll_entry_get(struct ucmd_tbl, bootm, ucmd) && find_cmd("print") != NULL &&
		      find_cmd("") == NULL && find_cmd("e") == ll_entry_get(struct ucmd_tbl, env, ucmd) && find_cmd("zz") == NULL,
	      "uboot cmd: unique abbreviations found, ambiguous and unknown ones not");
	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct ucmd_tbl, ucmd, c) {
		good &= n < 5 && strcmp(c->name, names[n]) == 0;
		n++;
	}
	check(n == 5 && good, "uboot cmd: help lists the commands in name order (bootm env help printenv version)");
	check(LINKTABLE_UBOOT_FIND(struct ucmd_tbl, ucmd, "printenv") == ll_entry_get(struct ucmd_tbl, printenv, ucmd) &&
		      LINKTABLE_UBOOT_FIND(struct ucmd_tbl, ucmd, "reset") == NULL,
	      "uboot cmd: the run-time lookup by a typed name");

	cmdtp = ll_entry_start(struct ucmd_tbl, ucmd);
	fixup_cmdtable(cmdtp, (int)ll_entry_count(struct ucmd_tbl, ucmd), 4096);
	fixup_cmdtable(cmdtp, (int)ll_entry_count(struct ucmd_tbl, ucmd), -4096);
	good = 1;
	for (i = 0; i < ll_entry_count(struct ucmd_tbl, ucmd); i++)
		good &= find_cmd(cmdtp[i].name) == &cmdtp[i];
	check(good, "uboot cmd: a fix-up pass over the list (indexing from ll_entry_start()) writes the entries in place");

	check(find_env_callback("baudrate") != NULL && find_env_callback("baudrate")->callback("115200") == 0 &&
		      find_env_callback("stdout") != NULL && find_env_callback("bootcmd") == NULL &&
		      ll_entry_count(struct uenv_clbk, uenv_clbk) == 2,
	      "uboot env: callbacks of two files found by name");

	for (i = 0; i < ll_entry_count(struct ustatic_item, ustatic); i++)
		sum += ll_entry_start(struct ustatic_item, ustatic)[i].v;
	check(sum == 3 && ll_entry_get(struct ustatic_item, s_two, ustatic)->v == 2,
	      "uboot: entries declared \"static ll_entry_declare(...)\" (two files, one list)");

	good = in_region(ll_entry_start(struct ucmd_tbl, ucmd), 5 * sizeof(struct ucmd_tbl)) &&
	       in_region(ll_entry_start(struct uenv_clbk, uenv_clbk), 2 * sizeof(struct uenv_clbk)) &&
	       in_region(ll_entry_get(struct ustatic_item, s_two, ustatic), sizeof(struct ustatic_item));
	check(good && ll_start(char) < ll_end(char) && (void *)ll_start(struct ucmd_tbl) == (void *)ll_start(char),
	      "uboot: ll_start()..ll_end() hold every entry of every list, with no definition");
}
