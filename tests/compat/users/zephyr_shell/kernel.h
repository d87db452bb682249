/* SPDX-License-Identifier: MIT */
/* zephyr_shell: kernel objects, shell commands and settings handlers as
 * Zephyr code defines them, through the project's own macros over the
 * iterable-section API. */
#ifndef ZEPHYR_SHELL_KERNEL_H
#define ZEPHYR_SHELL_KERNEL_H
#include <linktable/compat/zephyr.h>

/* A RAM section of kernel objects with a volatile member. */
struct k_sem {
	volatile unsigned int count;
	unsigned int limit;
	const char *name;
};
#define K_SEM_DEFINE(sem_name, initial, max) \
	STRUCT_SECTION_ITERABLE(k_sem, sem_name) = { .count = (initial), .limit = (max), .name = #sem_name }

/* A ROM section of a union type whose section is not named after the
 * type, elements static const through two macros. */
struct shell_static_entry {
	const char *syntax;
	int (*handler)(int argc, char **argv);
};
union shell_cmd_entry {
	const struct shell_static_entry *entry;
	const void *raw;
};
#define SHELL_CMD_ENTRY_NAME(syntax) shell_cmd_##syntax
#define SHELL_CMD_REGISTER(syntax, static_entry) \
	static const TYPE_SECTION_ITERABLE(union shell_cmd_entry, SHELL_CMD_ENTRY_NAME(syntax), shell_root_cmds, \
					   SHELL_CMD_ENTRY_NAME(syntax)) = { .entry = &(static_entry) }

/* Handlers sorted by a name other than the variable's. */
struct settings_handler_static {
	const char *name;
	int (*h_commit)(void);
};
#define SETTINGS_STATIC_HANDLER_DEFINE_WITH_PRIO(_hname, _tree, _commit, _prio) \
	const STRUCT_SECTION_ITERABLE_NAMED(settings_handler_static, _prio, _hname) = { .name = _tree, \
											.h_commit = _commit }

/* A section that nothing in the program adds to. */
struct k_pipe {
	unsigned int size;
};

int shell_execute(const char *line);
unsigned int commit_all(char *order, unsigned int cap);
#endif
