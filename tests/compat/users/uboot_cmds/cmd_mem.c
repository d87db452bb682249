/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_cmds/cmd_mem.c - memory commands, and platform
 * devices declared as one U_BOOT_DRVINFOS() array. */
#include <stddef.h>
#include "command.h"

static int do_mem(struct cmd_tbl *cmdtp, int flag, int argc, char *const argv[])
{
	(void)flag;
	last_argc = argc;
	last_tag = argc > 1 ? argv[1][0] : cmdtp->name[0];
	return CMD_RET_SUCCESS;
}

U_BOOT_CMD(md, 3, 1, do_mem, "memory display", "[.b, .w, .l] address [# of objects]");
U_BOOT_CMD(mw, 4, 1, do_mem, "memory write (fill)", "[.b, .w, .l] address value [count]");
U_BOOT_CMD(md5sum, 3, 0, do_mem, "compute MD5 message digest", "address count");
U_BOOT_CMD(cp, 4, 1, do_mem, "memory copy", "[.b, .w, .l] source target count");
U_BOOT_CMD(cmp, 4, 1, do_mem, "memory compare", "[.b, .w, .l] addr1 addr2 count");

LINKTABLE_UBOOT_LIST_DEFINE(struct driver_info, driver_info);

static const int gpio_plat[2] = { 4, 5 };
U_BOOT_DRVINFOS(boards) = {
	{ .name = "sandbox_gpio", .plat = gpio_plat, .plat_size = sizeof(gpio_plat) },
	{ .name = "sandbox_i2c", .plat = NULL, .plat_size = 0 },
	{ .name = "sandbox_spi", .plat = NULL, .plat_size = 0 },
};
