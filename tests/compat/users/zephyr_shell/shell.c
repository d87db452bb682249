/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "kernel.h"

LINKTABLE_ZEPHYR_DEFINE(union shell_cmd_entry, shell_root_cmds);

int shell_execute(const char *line)
{
	TYPE_SECTION_FOREACH(union shell_cmd_entry, shell_root_cmds, cmd) {
		if (strcmp(cmd->entry->syntax, line) == 0)
			return cmd->entry->handler(1, NULL);
	}
	return -1;
}

static int cmd_version(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return 3;
}
static const struct shell_static_entry version_entry = { "version", cmd_version };
SHELL_CMD_REGISTER(version, version_entry);
