/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_e.c - Zephyr-subsystem-style code (zephyr_sub.h):
 * "static const" shell commands from two files found by name through
 * TYPE/STRUCT_SECTION_GET over 0..COUNT-1 (the shell's way); "const"
 * devices initialised in level/priority order; "static" mutexes and
 * __aligned() statistics written at run time through FOREACH and by name;
 * an _ARRAY of "static" elements; a section of function pointers
 * (TYPE_SECTION_ITERABLE with "static const").  More in zephyr_f.c.
 */
#include <string.h>
#include "compat.h"
#include "zephyr_sub.h"

ITERABLE_SECTION_ROM(zshell_cmd, 4);
ITERABLE_SECTION_ROM(zdevice, 4);
ITERABLE_SECTION_RAM(zmutex, 4);
ITERABLE_SECTION_RAM(zstat, 8);
ITERABLE_SECTION_RAM(zbuf, 32);
LINKTABLE_ZEPHYR_DEFINE(zhook_fn, zhooks);
STRUCT_SECTION_START_EXTERN(zdevice);
STRUCT_SECTION_END_EXTERN(zdevice);
STRUCT_SECTION_START_EXTERN(zmutex);
STRUCT_SECTION_END_EXTERN(zmutex);

static char zsub_trace[96];

int zephyr_sub_init_trace(const char *what)
{
	size_t n = strlen(zsub_trace);

	if (n + strlen(what) + 2 < sizeof(zsub_trace)) {
		if (n)
			zsub_trace[n++] = ' ';
		strcpy(zsub_trace + n, what);
	}
	return 0;
}

static int zcmd_version(int argc)
{
	return 100 + argc;
}
static int zcmd_kernel(int argc)
{
	return 200 + argc;
}
ZSHELL_CMD_REGISTER(version, "Show the version", zcmd_version);
ZSHELL_CMD_REGISTER(kernel, "Kernel commands", zcmd_kernel);

static int zdev_init(const struct zdevice *dev)
{
	return zephyr_sub_init_trace(dev->name);
}
static int zuart_data = 5;
ZDEVICE_DEFINE(uart0, L1, 50, zdev_init, &zuart_data);
ZDEVICE_DEFINE(clock, L1, 30, zdev_init, NULL);
ZDEVICE_DEFINE(sensor, L3, 90, zdev_init, NULL);

ZMUTEX_DEFINE(lock_b);
ZMUTEX_DEFINE(lock_a);
ZSTAT_DEFINE(zstat_tx);
ZBUF_DEFINE(zbuf_c, 3);
ZBUF_DEFINE(zbuf_a, 1);

static STRUCT_SECTION_ITERABLE_ARRAY(zmutex, pool_locks, 3) = { { 0, "p0" }, { 0, "p1" }, { 0, "p2" } };

static int zhook_double(int x)
{
	return 2 * x;
}
static const TYPE_SECTION_ITERABLE(zhook_fn, hook_2, zhooks, b_double) = zhook_double;

/* The shell's lookup of a root command: GET over 0..COUNT-1. */
static const struct zshell_cmd *zshell_find(const char *syntax)
{
	const struct zshell_cmd *cmd;
	int i, count;

	STRUCT_SECTION_COUNT(zshell_cmd, &count);
	for (i = 0; i < count; i++) {
		STRUCT_SECTION_GET(zshell_cmd, i, &cmd);
		if (strcmp(cmd->syntax, syntax) == 0)
			return cmd;
	}
	return NULL;
}

void test_zephyr_sub(void)
{
	static const char *const cmds[] = { "device", "help", "kernel", "version" };
	const struct zshell_cmd *cmd;
	struct zmutex *m;
	size_t count = 0;
	int i, n = 0, good = 1, v = 1;

	STRUCT_SECTION_COUNT(zshell_cmd, &count);
	for (i = 0; i < (int)count; i++) {
		STRUCT_SECTION_GET(zshell_cmd, i, &cmd);
		good &= i < 4 && strcmp(cmd->syntax, cmds[i]) == 0;
	}
	check(count == 4 && good, "zephyr shell: 4 static const commands from two files, GET(0..COUNT-1) by name");
	cmd = zshell_find("kernel");
	check(cmd == &zshell_cmd_kernel && cmd->handler(2) == 202 && zshell_find("version")->handler(0) == 100 &&
		      zshell_find("reboot") == NULL,
	      "zephyr shell: a command found by name is the static const object, and runs");
	n = 0;
	STRUCT_SECTION_FOREACH(zshell_cmd, c)
		n += c->help != NULL;
	check(n == 4, "zephyr shell: FOREACH over the const commands");

	zsub_trace[0] = '\0';
	STRUCT_SECTION_FOREACH_ALTERNATE(zdevice, zdevice, dev)
		dev->init(dev);
	check(strcmp(zsub_trace, "clock uart0 gpio i2c sensor") == 0,
	      "zephyr devices: const devices from two files initialised by level then priority: %s", zsub_trace);
	check(*(int *)zdev_uart0.data == 5 && STRUCT_SECTION_END(zdevice) - STRUCT_SECTION_START(zdevice) == 5,
	      "zephyr devices: START..END holds the 5 const devices");

	STRUCT_SECTION_FOREACH(zmutex, mx) {
		mx->locked++;
		mx->owner = "main";
	}
	lock_a.locked++;
	n = 0;
	good = 1;
	STRUCT_SECTION_FOREACH(zmutex, mx) {
		good &= mx->owner != NULL && strcmp(mx->owner, "main") == 0;
		n += mx->locked;
	}
	check(good && n == 6 && lock_a.locked == 2 && pool_locks[2].locked == 1,
	      "zephyr mutexes: static RAM objects written through FOREACH and by name (%d locks)", n);
	n = 0;
	STRUCT_SECTION_COUNT(zmutex, &count);
	for (m = STRUCT_SECTION_START(zmutex); m < STRUCT_SECTION_END(zmutex); m++)
		n++;
	check(count == 5 && n == 5, "zephyr mutexes: COUNT and START..END agree (the _ARRAY counts 3)");
	STRUCT_SECTION_GET(zmutex, 0, &m);
	check(m == &lock_a, "zephyr mutexes: GET(0) is lock_a by name");
	STRUCT_SECTION_GET(zmutex, 2, &m);
	check(m == &pool_locks[0], "zephyr mutexes: the _ARRAY sorted as one, by its name (after lock_b)");

	zstat_rx.hits += 10;
	STRUCT_SECTION_FOREACH(zstat, st)
		st->hits += 1;
	check(zstat_rx.hits == 11 && zstat_tx.hits == 1 && ((unsigned long)&zstat_tx % __alignof(struct zstat)) == 0,
	      "zephyr stats: __aligned(__alignof(type)) elements of two files written at run time");

	n = 0;
	good = 1;
	STRUCT_SECTION_FOREACH(zbuf, b) {
		good &= b->words[0] == ++n && ((unsigned long)b % 32) == 0;
	}
	STRUCT_SECTION_COUNT(zbuf, &count);
	check(n == 3 && good && count == 3, "zephyr bufs: __aligned(32) elements (records padded apart) in name order");

	TYPE_SECTION_FOREACH(zhook_fn, zhooks, h)
		v = (*h)(v);
	check(v == (1 + 3) * 2, "zephyr hooks: static const function pointers sorted by name (a_add3 then b_double)");
	TYPE_SECTION_COUNT(zhook_fn, zhooks, &count);
	check(count == 2, "zephyr hooks: TYPE_SECTION_COUNT");
}
