/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/linux_a.c - Linux's initcall levels run level by level
 * (early first, then pure .. late_sync, each _sync after its level, rootfs
 * between fs and device), failures counted and not fatal, module_exit()
 * functions apart, __init code and __initdata in the init ranges.
 */
#include <string.h>
#include <linktable/ranges.h>
#include "compat.h"
#include "linux.h"

LINKTABLE_LINUX_DEFINE();
LINKTABLE_RANGE_DEFINE(init_text);
LINKTABLE_RANGE_DEFINE(init_data);

static char lx_trace[512];
void linux_note(const char *what)
{
	strncat(lx_trace, what, sizeof(lx_trace) - strlen(lx_trace) - 2);
	strcat(lx_trace, " ");
}

/* Written by an initcall: clang's LTO moves a never-written static object
 * into .rodata, out of the section it was given. */
static int __initdata init_value = 41;

static int __init a_late_sync(void)
{
	linux_note("late_sync");
	return 0;
}
late_initcall_sync(a_late_sync);
static int __init a_late(void)
{
	linux_note("late");
	return 0;
}
late_initcall(a_late);
static int __init a_pure(void)
{
	linux_note(++init_value == 42 ? "pure" : "pure:bad-initdata");
	return 0;
}
pure_initcall(a_pure);
static int __init a_core(void)
{
	linux_note("core");
	return 0;
}
core_initcall(a_core);
static int __init a_postcore(void)
{
	linux_note("postcore");
	return 1;
}
postcore_initcall(a_postcore);
static int __init a_subsys(void)
{
	linux_note("subsys");
	return 0;
}
subsys_initcall(a_subsys);
static int __init a_fs_sync(void)
{
	linux_note("fs_sync");
	return 0;
}
fs_initcall_sync(a_fs_sync);
static int __init a_fs(void)
{
	linux_note("fs");
	return 0;
}
fs_initcall(a_fs);
static int __init a_device_sync(void)
{
	linux_note("device_sync");
	return 0;
}
device_initcall_sync(a_device_sync);
static int __init a_early(void)
{
	linux_note("early_a");
	return 0;
}
early_initcall(a_early);
static void __exit a_exit(void)
{
	linux_note("exit_a");
}
module_exit(a_exit);

void test_linux(void)
{
	int failed;

	lx_trace[0] = 0;
	failed = linktable_linux_do_pre_smp_initcalls();
	check(failed == 0 && (strcmp(lx_trace, "early_a early_b ") == 0 || strcmp(lx_trace, "early_b early_a ") == 0),
	      "linux: do_pre_smp_initcalls() runs the early initcalls only (%s)", lx_trace);
	lx_trace[0] = 0;
	failed = linktable_linux_do_initcalls();
	check(strcmp(lx_trace, "pure core core_sync postcore arch subsys fs fs_sync rootfs device device_sync late late_sync ") ==
		      0,
	      "linux: do_initcalls() runs every level in order (%s)", lx_trace);
	check(failed == 2, "linux: two initcalls failed, the others still ran (%d)", failed);
	/* 15 here and in linux_b.c, 2 in linux_c.c (a driver file), 19 in
	 * linux_d.c and linux_e.c */
	check(LINKTABLE_REL_COUNT(linux_initcalls) == 15 + 2 + 19, "linux: 36 initcalls in the table");
	check(linux_user_probed() == 3 + 5 + 7,
	      "linux: module_init() ran after the subsys_initcall it needs, reading __initdata and __initconst");
	lx_trace[0] = 0;
	check(linktable_linux_run_exitcalls() == 3 + 2 && linux_user_probed() == -(3 + 5 + 7) &&
		      (strcmp(lx_trace, "exit_a exit_b ") == 0 || strcmp(lx_trace, "exit_b exit_a ") == 0),
	      "linux: module_exit() functions are apart, run on request (%s)", lx_trace);
	check(LINKTABLE_RANGE_CONTAINS(init_text, (const void *)(linktable__uintptr_t)a_core) &&
		      LINKTABLE_RANGE_CONTAINS(init_data, &init_value),
	      "linux: __init code and __initdata are in the init ranges");
}
