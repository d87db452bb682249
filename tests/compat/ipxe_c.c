/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_c.c - iPXE-style code (tests/compat/ipxe_user.h): init
 * functions at named orders (macros expanding to 01 .. 08) run in order by
 * for_each_table_entry(); a command table searched by name, continued from
 * the match and walked back from it; table_index() of the match; extern
 * forward declarations of entries defined with the attribute.
 */
#include <string.h>
#include "compat.h"
#include "ipxe_user.h"

LINKTABLE_IPXE_DEFINE(INIT_FNS);
LINKTABLE_IPXE_DEFINE(COMMANDS);

char ipxe_user_trace[64];

void ipxe_user_note(const char *what)
{
	size_t n = strlen(ipxe_user_trace);

	if (n + strlen(what) + 2 < sizeof(ipxe_user_trace)) {
		if (n)
			ipxe_user_trace[n++] = ' ';
		strcpy(ipxe_user_trace + n, what);
	}
}

extern struct command echo_command;
extern struct init_fn late_init_fn;

static void normal_a(void)
{
	ipxe_user_note("N");
}
static void late(void)
{
	ipxe_user_note("L");
}
static int echo_exec(int argc, char **argv)
{
	(void)argv;
	return argc;
}

struct init_fn late_init_fn __init_fn(INIT_LATE) = { .initialise = late };
struct init_fn normal_a_init_fn __init_fn(INIT_NORMAL) = { .initialise = normal_a };
struct command echo_command __command = { .name = "echo", .exec = echo_exec };

/* iPXE's find_command(): a linear search of the table. */
static struct command *find_command(const char *name)
{
	struct command *command;

	for_each_table_entry(command, COMMANDS) {
		if (strcmp(command->name, name) == 0)
			return command;
	}
	return NULL;
}

void test_ipxe_user(void)
{
	struct init_fn *init_fn;
	struct command *cmd, *found;
	unsigned int after = 0, before = 0;

	for_each_table_entry(init_fn, INIT_FNS)
		init_fn->initialise();
	check(strcmp(ipxe_user_trace, "E S C N N L") == 0,
	      "ipxe user: init functions ran by order across files: '%s'", ipxe_user_trace);
	check(table_num_entries(INIT_FNS) == 6, "ipxe user: table_num_entries(INIT_FNS) = 6");
	found = find_command("help");
	check(found && found->exec(3, NULL) == -3 && find_command("echo") == &echo_command &&
		      find_command("nonesuch") == NULL,
	      "ipxe user: a command found by name is the entry its file defined");
	cmd = found;
	for_each_table_entry_continue(cmd, COMMANDS)
		after++;
	cmd = found;
	for_each_table_entry_continue_reverse(cmd, COMMANDS)
		before++;
	check(after + before + 1 == table_num_entries(COMMANDS) &&
		      table_index(COMMANDS, found) == before && &table_start(COMMANDS)[table_index(COMMANDS, found)] == found,
	      "ipxe user: _continue and _continue_reverse from a match cover the rest; table_index() = %u",
	      table_index(COMMANDS, found));
	check(late_init_fn.initialise == late && table_end(INIT_FNS) - 1 == &late_init_fn,
	      "ipxe user: the entry of the highest order is the last one");
}
