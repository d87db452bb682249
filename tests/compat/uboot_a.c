/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_a.c - U-Boot's linker lists: ll_entry_start/end/count
 * as one array (indexing, both directions), ll_entry_get by name (link
 * time) and LINKTABLE_UBOOT_FIND (run time), the name order of U-Boot's
 * lists, an array entry, an empty list.
 */
#include <stddef.h>
#include <string.h>
#include "compat.h"
#include "uboot.h"

LINKTABLE_UBOOT_LIST_DEFINE(struct cmd_tbl, cmd);
LINKTABLE_UBOOT_LIST_DEFINE(struct driver, driver);
LINKTABLE_UBOOT_LIST_DEFINE(int, numbers);

static int cmd_id(int argc)
{
	return argc;
}
TEST_CMD(help, cmd_id);
TEST_CMD(version, cmd_id);
TEST_CMD(echo, cmd_id);
TEST_DRIVER(gpio, 1);

void test_uboot(void)
{
	static const char *const names[] = { "bootm", "echo", "env", "help", "version" };
	struct cmd_tbl *start = ll_entry_start(struct cmd_tbl, cmd);
	struct cmd_tbl *end = ll_entry_end(struct cmd_tbl, cmd);
	unsigned int count = ll_entry_count(struct cmd_tbl, cmd), i, seen = 0, j;
	struct driver *d = ll_entry_start(struct driver, driver);
	int *primes = ll_entry_start(int, numbers);
	int good = 1;

	check(count == 5 && end - start == 5, "uboot: ll_entry_count() = %u = end - start", count);
	for (i = 0; i < count; i++)
		for (j = 0; j < 5; j++)
			if (strcmp(start[i].name, names[j]) == 0)
				seen |= 1u << j;
	check(seen == 31, "uboot: ll_entry_start()[i] holds every command once");
	seen = 0;
	for (i = count; i-- > 0;)
		seen += start[i].cmd(1) == 1 ? 1 : 0;
	check(seen == 3, "uboot: indexing from the end back, calling through the entries");

	check(ll_entry_get(struct cmd_tbl, bootm, cmd)->cmd(2) == -2 &&
		      strcmp(ll_entry_get(struct cmd_tbl, echo, cmd)->name, "echo") == 0,
	      "uboot: ll_entry_get() finds entries of this file and another");
	check(ll_entry_get(struct cmd_tbl, help, cmd) >= start && ll_entry_get(struct cmd_tbl, help, cmd) < end,
	      "uboot: ll_entry_get() points into the list");

	i = 0;
	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct cmd_tbl, cmd, c) {
		good &= i < 5 && strcmp(c->name, names[i]) == 0;
		i++;
	}
	check(i == 5 && good, "uboot: LINKTABLE_UBOOT_FOREACH_BY_NAME() in U-Boot's (name) order");
	check(LINKTABLE_UBOOT_FIND(struct cmd_tbl, cmd, "env") == ll_entry_get(struct cmd_tbl, env, cmd) &&
		      LINKTABLE_UBOOT_FIND(struct cmd_tbl, cmd, "envx") == NULL &&
		      LINKTABLE_UBOOT_FIND(struct cmd_tbl, cmd, "") == NULL,
	      "uboot: LINKTABLE_UBOOT_FIND() by a run-time name");

	check(ll_entry_count(struct driver, driver) == 2 && d[0].id + d[1].id == 3,
	      "uboot: a second list of another type");
	check(ll_entry_count(int, numbers) == 4 && primes[0] == 2 && primes[3] == 7 &&
		      ll_entry_get(int, primes, numbers) == primes,
	      "uboot: ll_entry_declare_list() entries are consecutive");
	check(ll_entry_count(struct cmd_tbl, nothing) == 0 &&
		      ll_entry_start(struct cmd_tbl, nothing) == ll_entry_end(struct cmd_tbl, nothing),
	      "uboot: an empty list: count 0, start == end");
}
