/* SPDX-License-Identifier: MIT */
/* The core: the tables are defined here and walked as iPXE's
 * initialise(), startup() and shutdown() walk them. */
#include "init.h"

LINKTABLE_IPXE_DEFINE(INIT_FNS);
LINKTABLE_IPXE_DEFINE(STARTUP_FNS);
LINKTABLE_IPXE_DEFINE(ERRORTAB);
LINKTABLE_IPXE_DEFINE(IMAGE_TYPES);

char init_trace[32];
char startup_trace[16];
char shutdown_trace[16];
int shutdown_booting = -1;

void trace(char *buf, char c)
{
	unsigned int n = 0;

	while (buf[n])
		n++;
	buf[n] = c;
}

void initialise(void)
{
	struct init_fn *init_fn;

	for_each_table_entry(init_fn, INIT_FNS)
		init_fn->initialise();
}

void startup(void)
{
	struct startup_fn *startup_fn;

	for_each_table_entry(startup_fn, STARTUP_FNS) {
		if (startup_fn->startup)
			startup_fn->startup();
	}
}

void shutdown(int booting)
{
	struct startup_fn *startup_fn;

	for_each_table_entry_reverse(startup_fn, STARTUP_FNS) {
		if (startup_fn->shutdown)
			startup_fn->shutdown(booting);
	}
}
