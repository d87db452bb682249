/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/ipxe_drivers/init.h - initialisation and start-up
 * functions as iPXE-style code declares them: named two-digit orders,
 * start-up functions with a shutdown that runs in the reverse order.
 */
#ifndef IPXE_DRIVERS_INIT_H
#define IPXE_DRIVERS_INIT_H
#include <linktable/compat/ipxe.h>

struct init_fn {
	const char *name;
	void (*initialise)(void);
};

#define INIT_FNS __table(struct init_fn, "init_fns")
LINKTABLE_IPXE_DECLARE(INIT_FNS);
#define __init_fn(init_order) __table_entry(INIT_FNS, init_order)

#define INIT_EARLY 01
#define INIT_SERIAL 02
#define INIT_CONSOLE 03
#define INIT_NORMAL 04
#define INIT_LATE 05

struct startup_fn {
	const char *name;
	int (*startup)(void);
	void (*shutdown)(int booting);
};

#define STARTUP_FNS __table(struct startup_fn, "startup_fns")
LINKTABLE_IPXE_DECLARE(STARTUP_FNS);
#define __startup_fn(startup_order) __table_entry(STARTUP_FNS, startup_order)

#define STARTUP_EARLY 01
#define STARTUP_NORMAL 02
#define STARTUP_LATE 03

void initialise(void);
int startup(void);
void shutdown(int booting);
#endif
