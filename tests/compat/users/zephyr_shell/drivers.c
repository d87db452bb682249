/* SPDX-License-Identifier: MIT */
#include "kernel.h"
#include "hdr_sem.h"

K_SEM_DEFINE(tx_sem, 0, 4);
K_SEM_DEFINE(rx_sem, 2, 8);

static int cmd_reboot(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 7;
}
static const struct shell_static_entry reboot_entry = { "reboot", cmd_reboot };
SHELL_CMD_REGISTER(reboot, reboot_entry);

static char *commit_log;
static int commit_bt(void)
{
	*commit_log++ = 'b';
	return 0;
}
static int commit_fs(void)
{
	*commit_log++ = 'f';
	return 0;
}
SETTINGS_STATIC_HANDLER_DEFINE_WITH_PRIO(bt_handler, "bt", commit_bt, prio_20);
SETTINGS_STATIC_HANDLER_DEFINE_WITH_PRIO(fs_handler, "fs", commit_fs, prio_10);

unsigned int commit_all(char *order, unsigned int cap)
{
	unsigned int n = 0;

	commit_log = order;
	STRUCT_SECTION_FOREACH(settings_handler_static, h) {
		if (n + 1 >= cap)
			break;
		h->h_commit();
		n++;
	}
	*commit_log = '\0';
	return n;
}
