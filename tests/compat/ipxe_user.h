/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_user.h - two iPXE-style tables as iPXE code declares
 * them: initialisation functions with named two-digit orders, and
 * commands looked up by name.
 */
#ifndef LINKTABLE_TESTS_COMPAT_IPXE_USER_H
#define LINKTABLE_TESTS_COMPAT_IPXE_USER_H
#include <linktable/compat/ipxe.h>

struct init_fn {
	void (*initialise)(void);
};
#define INIT_FNS __table(struct init_fn, "init_fns")
LINKTABLE_IPXE_DECLARE(INIT_FNS);
#define __init_fn(init_order) __table_entry(INIT_FNS, init_order)
#define INIT_EARLY 01
#define INIT_SERIAL 02
#define INIT_CONSOLE 03
#define INIT_NORMAL 04
#define INIT_LATE 08

struct command {
	const char *name;
	int (*exec)(int argc, char **argv);
};
#define COMMANDS __table(struct command, "commands")
LINKTABLE_IPXE_DECLARE(COMMANDS);
#define __command __table_entry(COMMANDS, 01)

/* What the init functions ran, in order ("E S C N N L"). */
extern char ipxe_user_trace[64];
void ipxe_user_note(const char *what);
#endif
