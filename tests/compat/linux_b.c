/* SPDX-License-Identifier: MIT */
/* tests/compat/linux_b.c - initcalls from a second file. */
#include "linux.h"

static int __init b_core_sync(void)
{
	linux_note("core_sync");
	return 0;
}
core_initcall_sync(b_core_sync);

static int __init b_device(void)
{
	linux_note("device");
	return -19; /* a failing initcall: the rest still run */
}
module_init(b_device);

static int __init b_arch(void)
{
	linux_note("arch");
	return 0;
}
arch_initcall(b_arch);

static int __init b_rootfs(void)
{
	linux_note("rootfs");
	return 0;
}
rootfs_initcall(b_rootfs);

static int __init b_early(void)
{
	linux_note("early_b");
	return 0;
}
early_initcall(b_early);

static void __exit b_exit(void)
{
	linux_note("exit_b");
}
module_exit(b_exit);
