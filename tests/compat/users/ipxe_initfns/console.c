/* SPDX-License-Identifier: MIT */
#include "init.h"
#include "hooks.h"
#include "hooks.h"

static void console_init(void)
{
	trace(init_trace, 'C');
}
struct init_fn console_init_fn __init_fn(INIT_CONSOLE) = {
	.initialise = console_init,
};

static void console_shutdown(int booting)
{
	trace(shutdown_trace, 'c');
	shutdown_booting = booting;
}
/* no startup method: startup() must skip it */
struct startup_fn console_startup_fn __startup_fn(STARTUP_EARLY) = {
	.name = "console",
	.shutdown = console_shutdown,
};

struct errortab console_errors[] __errortab = {
	{ 0x2001, "console busy" },
	{ 0x2002, "console gone" },
};
