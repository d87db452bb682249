/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_drivers/shell.c - the subsystems' cores, as
 * Zephyr writes them: lookups that break out of STRUCT_SECTION_FOREACH(),
 * commits in name order, a walk per service, hooks of a typedef'd type. */
#include <string.h>
#include "drivers.h"

int shell_last_result;
char commit_log[64];

int shell_execute_cmd(const char *line)
{
	char buf[32], *argv[4] = { 0 };
	int argc = 0;
	char *p;

	strncpy(buf, line, sizeof(buf) - 1);
	buf[sizeof(buf) - 1] = 0;
	for (p = strtok(buf, " "); p && argc < 3; p = strtok(NULL, " "))
		argv[argc++] = p;
	if (!argc)
		return -1;
	STRUCT_SECTION_FOREACH(shell_cmd_entry, entry) {
		if (strcmp(entry->syntax, argv[0]) != 0)
			continue;
		shell_last_result = entry->handler(argc, argv);
		return 0;
	}
	return -2;
}

int settings_commit(void)
{
	int rc = 0;

	STRUCT_SECTION_FOREACH(settings_handler_static, ch) {
		if (ch->h_commit) {
			int rc2 = ch->h_commit();

			if (!rc)
				rc = rc2;
		}
	}
	return rc;
}

int http_lookup(int service, const char *path)
{
	if (service == 1) {
		HTTP_SERVICE_RESOURCE_FOREACH(svc1, r) {
			if (!strcmp(r->resource, path))
				return r->code;
		}
	} else {
		HTTP_SERVICE_RESOURCE_FOREACH(svc2, r) {
			if (!strcmp(r->resource, path))
				return r->code;
		}
	}
	return 404;
}

void run_boot_hooks(int *state)
{
	TYPE_SECTION_FOREACH(boot_hook_t, boot_hooks, hook) {
		(*hook)(state);
	}
}
