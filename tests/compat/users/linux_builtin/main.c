/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/main.c - the kernel side: its own pure,
 * core and late initcalls, arch_initcall() of a function arch.c defines,
 * then start_kernel's order - the early initcalls, then every level - and
 * what the program can check afterwards: every level ran once per
 * initcall in level order, failures were counted and did not stop the
 * rest, __init code and __initdata sit in the init ranges, the exit
 * functions are kept apart and run on request.  It has no __setup,
 * early_param, console or security initcall: those tables are empty.
 */
#include <string.h>
#include <linktable/ranges.h>
#include "../tap.h"
#include "toy.h"

LINKTABLE_LINUX_DEFINE();
LINKTABLE_RANGE_DEFINE(init_text);
LINKTABLE_RANGE_DEFINE(init_data);

static int ranks[64], nranks;
static char notes[256];

void note_level(int rank)
{
	if (nranks < 64)
		ranks[nranks++] = rank;
}

void note(const char *what)
{
	if (strlen(notes) + strlen(what) + 2 < sizeof(notes)) {
		strcat(notes, what);
		strcat(notes, " ");
	}
}

static int pure_value __initdata;

static int __init kernel_pure(void)
{
	note_level(1);
	pure_value = 7;
	return 0;
}
pure_initcall(kernel_pure);

static int __init kernel_core(void)
{
	note_level(2);
	return pure_value == 7 ? 0 : -EINVAL;
}
core_initcall(kernel_core);

arch_initcall(arch_probe_cpu);

static int __init kernel_late(void)
{
	note_level(15);
	return 0;
}
late_initcall(kernel_late);

static int __init kernel_late_sync(void)
{
	note_level(16);
	return 0;
}
late_initcall_sync(kernel_late_sync);

int toyfs_check_now(void);

int main(void)
{
	/* how many initcalls each level has in this program */
	static const int per_level[17] = { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 1, 1 };
	int counts[17] = { 0 }, i, ascending = 1, failed, all = 1;

	{
		/* No __setup, early_param, console or security initcall in
		 * this program: their tables are empty, and the runners and
		 * parsers do nothing but count. */
		char early[] = "console=toyuart0 notoyblk quiet", line[] = "console=toyuart0 notoyblk quiet";

		ok(linktable_linux_parse_early_param(early) == 0 && linktable_linux_parse_setup(line) == 3 &&
			   linktable_linux_console_init() == 0 && linktable_linux_security_init() == 0 && nranks == 0 &&
			   LINKTABLE_COUNT(linux_setup) == 0 && LINKTABLE_REL_COUNT(linux_con_initcalls) == 0 &&
			   LINKTABLE_REL_COUNT(linux_security_initcalls) == 0,
		   "empty command-line, console and security tables: 3 parameters nothing handles, nothing run");
	}
	failed = linktable_linux_do_pre_smp_initcalls();
	ok(failed == 0 && nranks == 1 && ranks[0] == 0, "the early initcall runs alone, before the others");
	failed = linktable_linux_do_initcalls();
	for (i = 0; i < nranks; i++) {
		if (i > 0)
			ascending &= ranks[i - 1] <= ranks[i];
		if (ranks[i] >= 0 && ranks[i] < 17)
			counts[ranks[i]]++;
	}
	for (i = 0; i < 17; i++)
		all &= counts[i] == per_level[i];
	ok(ascending && all && nranks == 19,
	   "every level from early to late_sync ran in order, each _sync after its level (%d initcalls)", nranks);
	ok(failed == 2, "the two failing driver inits (-ENOMEM, -ENODEV) were counted, the rest still ran (%d)", failed);
	ok(strcmp(notes, "toyuart uart-goodbye ") == 0 && toy_cpu_count == 4,
	   "drivers registered from module_init() after the bus (subsys) was up; the __initdata command line was read");
	ok(LINKTABLE_REL_COUNT(linux_initcalls) == 20,
	   "the initcall table holds every initcall of the five files (%u)", (unsigned int)LINKTABLE_REL_COUNT(linux_initcalls));
	ok(toyfs_check_now() == 2, "an initcall that is not __init ran once at boot and is still callable after it");
	ok(LINKTABLE_RANGE_CONTAINS(init_text, (const void *)(linktable__uintptr_t)arch_probe_cpu) &&
		   LINKTABLE_RANGE_CONTAINS(init_text, (const void *)(linktable__uintptr_t)toy_bus_add_devices) &&
		   LINKTABLE_RANGE_CONTAINS(init_data, boot_command_line) && LINKTABLE_RANGE_CONTAINS(init_data, &pure_value),
	   "__init functions and (written) __initdata objects are in the init ranges");
	notes[0] = 0;
	ok(linktable_linux_run_exitcalls() == 4 && strstr(notes, "uart-removed ") && strstr(notes, "toyfs-exit ") &&
		   !strstr(notes, "net-removed") && !strstr(notes, "blk-removed"),
	   "module_exit() functions (one not __exit) are kept apart and run on request (%s)", notes);
	return done_testing();
}
