/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>
#include "kernel.h"
#include "hdr_sem.h"
#include "../tap.h"

ITERABLE_SECTION_RAM(k_sem, 4);
ITERABLE_SECTION_ROM(settings_handler_static, 4);
ITERABLE_SECTION_RAM(k_pipe, 4);

extern struct k_sem tx_sem;
K_SEM_DEFINE(app_sem, 1, 1);

int main(void)
{
	int count = -1;
	size_t zcount = 99;
	char order[8];

	STRUCT_SECTION_COUNT(k_sem, &count);
	ok(count == 5, "k_sem: 3 defined + a header's static twice (%d)", count);

	/* indexed from 0 to the count, as Zephyr's loops over GET do */
	{
		unsigned int total = 0, locals = 0;
		int i;

		for (i = 0; i < count; i++) {
			struct k_sem *sem;

			STRUCT_SECTION_GET(k_sem, i, &sem);
			total += sem->limit;
			locals += strcmp(sem->name, "local_sem") == 0;
		}
		ok(total == 1 + 4 + 8 + 1 + 1 && locals == 2, "k_sem: every element reached by GET (%u, %u)", total,
		   locals);
	}

	/* sorted by name: app_sem, local_sem, local_sem, rx_sem, tx_sem */
	{
		char first[16] = "";
		unsigned int k = 0;

		STRUCT_SECTION_FOREACH(k_sem, sem) {
			/* nested walk of the same section */
			STRUCT_SECTION_FOREACH(k_sem, other) {
				if (other == sem)
					k++;
			}
			if (!first[0])
				strncpy(first, sem->name, sizeof(first) - 1);
		}
		ok(k == 5, "nested walks of one section see each element once (%u)", k);
		ok(strcmp(first, "app_sem") == 0, "name order: app_sem first (%s)", first);
	}

	/* a volatile member written through the walk */
	STRUCT_SECTION_FOREACH(k_sem, sem)
		sem->count++;
	ok(tx_sem.count == 1 && app_sem.count == 2, "k_sem: elements written through the walk");

	TYPE_SECTION_COUNT(union shell_cmd_entry, shell_root_cmds, &zcount);
	ok(zcount == 2, "shell_root_cmds: 2 commands (%zu)", zcount);
	ok(shell_execute("version") == 3 && shell_execute("reboot") == 7, "shell: commands from two files run");
	ok(shell_execute("nope") == -1, "shell: an unknown command not found");
	{
		union shell_cmd_entry *c0, *c1;

		TYPE_SECTION_GET(union shell_cmd_entry, shell_root_cmds, 0, &c0);
		TYPE_SECTION_GET(union shell_cmd_entry, shell_root_cmds, 1, &c1);
		ok(c0 && c1 && strcmp(c0->entry->syntax, "reboot") == 0 && strcmp(c1->entry->syntax, "version") == 0,
		   "shell: GET in name order (shell_cmd_reboot, shell_cmd_version)");
	}

	ok(commit_all(order, sizeof(order)) == 2 && strcmp(order, "fb") == 0,
	   "settings: _NAMED by priority, not variable (%s)", order);

	{
		unsigned int seen = 0;
		struct k_pipe *p = (struct k_pipe *)&seen;

		count = -1;
		STRUCT_SECTION_COUNT(k_pipe, &count);
		STRUCT_SECTION_FOREACH(k_pipe, pipe)
			seen++;
		STRUCT_SECTION_GET(k_pipe, 0, &p);
		ok(count == 0 && seen == 0 && p == NULL, "an empty section: count 0, no element, GET gives NULL");
	}
	return done_testing();
}
