/* SPDX-License-Identifier: MIT */
/* tests/compat/linux_e.c - the other levels for linux_d.c. */
#include "linux_drv.h"

static int __init e_late(void)
{
	linux_drv_ran(15);
	return 0;
}
late_initcall(e_late);
static int __init e_fs_sync(void)
{
	linux_drv_ran(11);
	return 0;
}
fs_initcall_sync(e_fs_sync);
static int __init e_pure(void)
{
	linux_drv_ran(1);
	return 0;
}
pure_initcall(e_pure);
static int __init e_subsys(void)
{
	linux_drv_ran(8);
	return 0;
}
subsys_initcall(e_subsys);
static int __init e_arch_sync(void)
{
	linux_drv_ran(7);
	return 0;
}
arch_initcall_sync(e_arch_sync);
static int __init e_core_sync(void)
{
	linux_drv_ran(3);
	return 0;
}
core_initcall_sync(e_core_sync);
static int __init e_postcore(void)
{
	linux_drv_ran(4);
	return 0;
}
postcore_initcall(e_postcore);

static int __init e_module(void)
{
	linux_drv_ran(13);
	return 0;
}
module_init(e_module);
static int __init e_initcall(void)
{
	linux_drv_ran(13);
	return 0;
}
__initcall(e_initcall);

static void __exit e_exit(void)
{
	linux_drv_exits += 10;
}
__exitcall(e_exit);
