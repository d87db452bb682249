/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/linux_d.c - Linux-style files with an initcall at every
 * level (early, pure, core, core_sync, postcore, postcore_sync, arch,
 * arch_sync, subsys, subsys_sync, fs, fs_sync, rootfs, device, device_sync,
 * late, late_sync), registered out of order over two files, plus
 * module_init() and __initcall() at the device level, a non-static __init
 * helper, an __initdata table of structs, module_exit() and __exitcall()
 * exit functions.  test_linux() (linux_a.c) runs them once; this checks
 * what they did.  More in linux_e.c.
 */
#include "compat.h"
#include "linux_drv.h"

static int ranks[32], nranks;
int linux_drv_exits;

void linux_drv_ran(int rank)
{
	if (nranks < 32)
		ranks[nranks++] = rank;
}

struct lx_quirk {
	unsigned short vendor;
	int flags;
};
static struct lx_quirk lx_quirks[] __initdata = { { 0x8086, 1 }, { 0x10ec, 2 }, { 0, 0 } };
static int lx_quirk_flags;

int __init lx_apply_quirks(void)
{
	const struct lx_quirk *q;

	for (q = lx_quirks; q->vendor; q++)
		lx_quirk_flags |= q->flags;
	return 0;
}

static int __init d_late_sync(void)
{
	linux_drv_ran(16);
	return 0;
}
late_initcall_sync(d_late_sync);
static int __init d_fs(void)
{
	linux_drv_ran(10);
	return 0;
}
fs_initcall(d_fs);
static int __init d_core(void)
{
	linux_drv_ran(2);
	return 0;
}
core_initcall(d_core);
static int __init d_device_sync(void)
{
	linux_drv_ran(14);
	return 0;
}
device_initcall_sync(d_device_sync);
static int __init d_arch(void)
{
	linux_drv_ran(6);
	return 0;
}
arch_initcall(d_arch);
static int __init d_subsys_sync(void)
{
	linux_drv_ran(9);
	return 0;
}
subsys_initcall_sync(d_subsys_sync);
static int __init d_early(void)
{
	linux_drv_ran(0);
	return 0;
}
early_initcall(d_early);
static int __init d_postcore_sync(void)
{
	linux_drv_ran(5);
	return 0;
}
postcore_initcall_sync(d_postcore_sync);
static int __init d_rootfs(void)
{
	linux_drv_ran(12);
	return 0;
}
rootfs_initcall(d_rootfs);
static int __init d_device(void)
{
	linux_drv_ran(13);
	return lx_apply_quirks();
}
device_initcall(d_device);

static void __exit d_exit(void)
{
	linux_drv_exits += 1;
}
module_exit(d_exit);

void test_linux_drv(void)
{
	int i, good = 1, seen = 0;

	for (i = 0; i < nranks; i++) {
		good &= i == 0 || ranks[i - 1] <= ranks[i];
		seen |= 1 << ranks[i];
	}
	check(nranks == 19 && good && seen == (1 << 17) - 1,
	      "linux drv: 19 initcalls at all 17 levels of two files ran once each, in level order (%d)", nranks);
	check(lx_quirk_flags == 3, "linux drv: an initcall used a non-static __init helper and an __initdata table");
	check(linux_drv_exits == 1 + 10, "linux drv: module_exit() and __exitcall() functions ran at tear-down (%d)",
	      linux_drv_exits);
}
