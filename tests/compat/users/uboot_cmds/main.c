/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/uboot_cmds/main.c - the board code: commands found and
 * run as U-Boot's shell does, ll_entry_get() of entries of other files,
 * U-Boot's name order (its script's SORT), the help listing sorted the way
 * U-Boot's help sorts it, an in-place fix-up of every entry, environment
 * callbacks, an ll_entry_declare_list() array, an empty list, ll_start()..
 * ll_end() around every list.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "command.h"

static int failed, points;

void ok(int cond, const char *what)
{
	points++;
	if (!cond)
		failed = 1;
	printf("%sok %d - %s\n", cond ? "" : "not ", points, what);
}

/* An SPL boot method: a list nobody adds to in this image. */
struct spl_image_loader {
	const char *name;
	unsigned int boot_device;
	int (*load_image)(void);
};

LINKTABLE_UBOOT_LIST_DEFINE(struct spl_image_loader, spl_image_loader);

static struct spl_image_loader *spl_ll_find_loader(unsigned int boot_device)
{
	struct spl_image_loader *drv = ll_entry_start(struct spl_image_loader, spl_image_loader);
	const int n_ents = ll_entry_count(struct spl_image_loader, spl_image_loader);
	struct spl_image_loader *entry;

	for (entry = drv; entry != drv + n_ents; entry++) {
		if (boot_device == entry->boot_device)
			return entry;
	}
	return NULL;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp((*(struct cmd_tbl *const *)a)->name, (*(struct cmd_tbl *const *)b)->name);
}

static void test_commands(void)
{
	/* strcmp order of "boot", "boot1", "boot_a", ...: U-Boot's SORT of
	 * "__u_boot_list_2_cmd_2_<name>" */
	static const char *const by_name[] = { "boot", "boot1", "boot_a", "bootm", "bootz", "cmp",
					       "cp",   "md",    "md5sum", "mw",    "printenv", "setenv" };
	const int n = ll_entry_count(struct cmd_tbl, cmd);
	struct cmd_tbl *start = ll_entry_start(struct cmd_tbl, cmd), *cmdtp;
	struct cmd_tbl *sorted[16];
	int i, in_order = 1, help_ok = 1;

	ok(n == 12, "ll_entry_count: 12 commands from 3 files");
	ok(ll_entry_end(struct cmd_tbl, cmd) - start == n, "ll_entry_end - ll_entry_start == ll_entry_count");
	ok(find_cmd("boot") == ll_entry_get(struct cmd_tbl, boot, cmd) && find_cmd("md") == ll_entry_get(struct cmd_tbl, md, cmd),
	   "find_cmd: an exact name wins over the names it is a prefix of");
	ok(find_cmd("printe") == ll_entry_get(struct cmd_tbl, printenv, cmd) &&
		   find_cmd("se") == ll_entry_get(struct cmd_tbl, setenv, cmd) &&
		   find_cmd("md5") == ll_entry_get(struct cmd_tbl, md5sum, cmd),
	   "find_cmd: a unique abbreviation");
	ok(find_cmd("bo") == NULL && find_cmd("c") == NULL && find_cmd("x") == NULL,
	   "find_cmd: an ambiguous abbreviation or an unknown name finds nothing");
	ok(find_cmd("md.b") == ll_entry_get(struct cmd_tbl, md, cmd), "find_cmd: a size suffix (md.b)");

	cmdtp = ll_entry_get(struct cmd_tbl, bootm, cmd);
	ok(cmdtp >= start && cmdtp < start + n && !strcmp(cmdtp->name, "bootm") && cmdtp->maxargs == 4 &&
		   cmdtp->complete && cmdtp->complete(3, NULL, 0, 0, NULL) == 3,
	   "ll_entry_get of an entry of another file: the entry in the list");

	ok(run_command("mw 100 5", 0) == 100 && last_argc == 3 && last_tag == '1', "run_command: mw, repeatable");
	ok(run_command("bootz 1", 0) == 0 && last_tag == 'z', "run_command: bootz, not repeatable");
	ok(run_command("boot x", 0) == CMD_RET_USAGE, "run_command: more arguments than maxargs");
	ok(run_command("nosuch", 0) == -2, "run_command: an unknown command");

	i = 0;
	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct cmd_tbl, cmd, c) {
		if (i >= 12 || strcmp(c->name, by_name[i]) != 0)
			in_order = 0;
		i++;
	}
	ok(in_order && i == 12, "U-Boot's order: boot boot1 boot_a bootm bootz cmp cp md md5sum mw printenv setenv");

	/* U-Boot's help: a copy of the table, sorted by name */
	for (i = 0; i < n; i++)
		sorted[i] = start + i;
	qsort(sorted, (size_t)n, sizeof(sorted[0]), cmp_names);
	for (i = 0; i < n; i++)
		if (strcmp(sorted[i]->name, by_name[i]) != 0)
			help_ok = 0;
	ok(help_ok, "help's sorted copy of the table agrees with the name order");

	ok(LINKTABLE_UBOOT_FIND(struct cmd_tbl, cmd, "md5sum") == ll_entry_get(struct cmd_tbl, md5sum, cmd) &&
		   LINKTABLE_UBOOT_FIND(struct cmd_tbl, cmd, "md5") == NULL,
	   "a lookup by a name known at run time");

	{
		char *md_name = ll_entry_get(struct cmd_tbl, md, cmd)->name;

		fixup_cmdtable(ll_entry_start(struct cmd_tbl, cmd), n, 0x40);
		i = ll_entry_get(struct cmd_tbl, md, cmd)->name == md_name + 0x40;
		fixup_cmdtable(ll_entry_start(struct cmd_tbl, cmd), n, -0x40);
		ok(i && ll_entry_get(struct cmd_tbl, md, cmd)->name == md_name && find_cmd("cmp") &&
			   !strcmp(find_cmd("cmp")->name, "cmp"),
		   "fixup_cmdtable: every entry rewritten in place, and back");
	}
}

static void test_env(void)
{
	ok(ll_entry_count(struct env_clbk_tbl, env_clbk) == 2, "2 environment callbacks");
	ok(env_set("bootdelay", "3") == 0 && bootdelay == 3, "env_set runs the bootdelay callback found by a scan");
	ok(env_set("baudrate", "0") == 1 && env_set("baudrate", "115200") == 0 && baudrate == 115200,
	   "env_set runs the baudrate callback (and its refusal)");
	ok(env_set("ipaddr", "1") == 0 && find_env_callback("ipaddr") == NULL, "a variable with no callback");
	ok(find_env_callback("bootdelay") == ll_entry_get(struct env_clbk_tbl, bootdelay, env_clbk),
	   "the scan finds what ll_entry_get names");
	ok(run_command("setenv bootdelay 7", 0) == 0 && bootdelay == 7, "setenv through the command table");
}

static void test_drvinfo(void)
{
	struct driver_info *info = ll_entry_start(struct driver_info, driver_info);
	const int n = ll_entry_count(struct driver_info, driver_info);
	int i, serial = -1, gpio = -1;

	for (i = 0; i < n; i++) {
		if (!strcmp(info[i].name, "ns16550_serial"))
			serial = i;
		if (!strcmp(info[i].name, "sandbox_gpio"))
			gpio = i;
	}
	ok(n == 4, "ll_entry_declare_list of 3 and one ll_entry_declare: 4 entries");
	ok(serial >= 0 && &info[serial] == ll_entry_get(struct driver_info, serial0, driver_info),
	   "ll_entry_get of the single entry");
	ok(gpio >= 0 && gpio + 2 < n && !strcmp(info[gpio + 1].name, "sandbox_i2c") &&
		   !strcmp(info[gpio + 2].name, "sandbox_spi") && info[gpio].plat_size == 2 * sizeof(int) &&
		   ((const int *)info[gpio].plat)[1] == 5,
	   "the array's elements are consecutive entries of the list, in their order");
}

static void test_empty_and_region(void)
{
	struct spl_image_loader *s = ll_entry_start(struct spl_image_loader, spl_image_loader);
	struct spl_image_loader *e = ll_entry_end(struct spl_image_loader, spl_image_loader);
	char *lo = ll_start(char), *hi = ll_end(char);
	int inside = 1;
	struct cmd_tbl *c;
	struct env_clbk_tbl *v;
	struct driver_info *d;
	const int ncmd = ll_entry_count(struct cmd_tbl, cmd);

	ok(ll_entry_count(struct spl_image_loader, spl_image_loader) == 0 && s == e,
	   "an empty list: count 0, start == end");
	ok(spl_ll_find_loader(1) == NULL, "a loop from start to start + count over an empty list");
	{
		int visits = 0;

		LINKTABLE_UBOOT_FOREACH_BY_NAME(struct spl_image_loader, spl_image_loader, l) {
			visits += l->boot_device ? 1 : 2;
		}
		ok(visits == 0 && LINKTABLE_UBOOT_FIND(struct spl_image_loader, spl_image_loader, "mmc") == NULL,
		   "an empty list defined for names: no visit by name, no find");
	}

	for (c = ll_entry_start(struct cmd_tbl, cmd); c != ll_entry_start(struct cmd_tbl, cmd) + ncmd; c++)
		if ((char *)c < lo || (char *)(c + 1) > hi)
			inside = 0;
	for (v = ll_entry_start(struct env_clbk_tbl, env_clbk); v < ll_entry_end(struct env_clbk_tbl, env_clbk); v++)
		if ((char *)v < lo || (char *)(v + 1) > hi)
			inside = 0;
	for (d = ll_entry_start(struct driver_info, driver_info); d < ll_entry_end(struct driver_info, driver_info); d++)
		if ((char *)d < lo || (char *)(d + 1) > hi)
			inside = 0;
	ok(lo < hi && inside, "ll_start()..ll_end() holds every entry of every list");
	ok((void *)ll_start(struct cmd_tbl) == (void *)lo, "ll_start(type) is the same address as any type");
}

int main(void)
{
	test_commands();
	test_env();
	test_drvinfo();
	test_empty_and_region();
	printf("1..%d\n", points);
	return failed;
}
