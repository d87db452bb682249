/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_cmds/cmd_boot.c - boot commands: names that are
 * prefixes of each other, with digits and '_' (U-Boot's SORT puts them
 * boot, boot1, boot_a, bootm, bootz). */
#include <stddef.h>
#include "command.h"

static int do_boot(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)flag;
	(void)argv;
	last_argc = argc;
	last_tag = cmdtp->name[4] ? cmdtp->name[4] : 'B';
	return CMD_RET_SUCCESS;
}

static int bootm_complete(int argc, char *const argv[], char last_char, int maxv, char *cmdv[])
{
	(void)argv;
	(void)last_char;
	(void)maxv;
	(void)cmdv;
	return argc;
}

U_BOOT_CMD(bootz, 3, 0, do_boot, "boot a zImage", "[addr [initrd]]");
U_BOOT_CMD_COMPLETE(bootm, 4, 1, do_boot, "boot an image from memory", "[addr [arg ...]]", bootm_complete);
U_BOOT_CMD(boot, 1, 0, do_boot, "boot the default way", "");
U_BOOT_CMD(boot_a, 2, 0, do_boot, "boot slot a", "");
U_BOOT_CMD(boot1, 2, 0, do_boot, "boot slot 1", "");

U_BOOT_DRVINFO(serial0) = { .name = "ns16550_serial", .plat = NULL, .plat_size = 0 };
