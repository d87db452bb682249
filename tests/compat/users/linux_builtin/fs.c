/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_builtin/fs.c - file systems: fs, fs_sync,
 * rootfs and late_sync initcalls, one of them a static function that is
 * not __init (legal in the kernel, where such a function may also be
 * called after boot), and an exit function that is not __exit.
 */
#include "toy.h"

static int fs_registered;
static const char fs_banner[] __initconst = "toyfs";

static int __init toyfs_init(void)
{
	note_level(10);
	fs_registered = fs_banner[0] == 't';
	return 0;
}
fs_initcall(toyfs_init);

static int __init toyfs_sync(void)
{
	note_level(11);
	return fs_registered ? 0 : -EINVAL;
}
fs_initcall_sync(toyfs_sync);

static int __init populate_rootfs(void)
{
	note_level(12);
	return 0;
}
rootfs_initcall(populate_rootfs);

/* Not __init: also called after boot, to check the file systems. */
static int toyfs_checks;
static int toyfs_check(void)
{
	toyfs_checks++;
	return fs_registered ? 0 : -ENOENT;
}
late_initcall_sync(toyfs_check);

int toyfs_check_now(void);
int toyfs_check_now(void)
{
	return toyfs_check() == 0 ? toyfs_checks : -1;
}

static void toyfs_exit(void)
{
	fs_registered = 0;
	note("toyfs-exit");
}
module_exit(toyfs_exit);
