/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/freebsd_cons.h - FreeBSD-style code: console drivers added
 * to a linker set by a CONSOLE_DRIVER()-like macro in the drivers' files
 * (the set declared with SET_DECLARE() only where it is walked), and
 * start-up/shutdown functions at FreeBSD's subsystems and orders.
 */
#ifndef LINKTABLE_TESTS_COMPAT_FREEBSD_CONS_H
#define LINKTABLE_TESTS_COMPAT_FREEBSD_CONS_H
#include <linktable/compat/freebsd.h>

struct fconsdev {
	const char *cn_name;
	int cn_pri;
	int (*cn_getc)(struct fconsdev *cp);
};
#define FCONSOLE_DRIVER(name, pri, getc) \
	static struct fconsdev name##_consdev = { #name, pri, getc }; \
	DATA_SET(fcons_set, name##_consdev)

/* What the SYSINITs and SYSUNINITs ran, in order. */
extern char freebsd_cons_trace[256];
void freebsd_cons_note(void *what);
#endif
