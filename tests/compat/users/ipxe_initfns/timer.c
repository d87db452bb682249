/* SPDX-License-Identifier: MIT */
#include "hooks.h"

static void timer_early(void)
{
	trace(init_trace, 'E');
}
static void timer_late(void)
{
	trace(init_trace, 'L');
}
INIT_FN_DEFINE(timer_early, INIT_EARLY);
INIT_FN_DEFINE(timer_late, INIT_LATE);

static void timer_startup(void)
{
	trace(startup_trace, 'T');
}
static void timer_shutdown(int booting)
{
	(void)booting;
	trace(shutdown_trace, 't');
}
struct startup_fn timer_startup_fn __startup_fn(STARTUP_NORMAL) = {
	.name = "timer",
	.startup = timer_startup,
	.shutdown = timer_shutdown,
};

static void net_startup(void)
{
	trace(startup_trace, 'N');
}
static void net_shutdown(int booting)
{
	(void)booting;
	trace(shutdown_trace, 'n');
}
/* a const entry's address kept elsewhere */
static struct startup_fn net_startup_fn __startup_fn(STARTUP_LATE) = {
	.name = "net",
	.startup = net_startup,
	.shutdown = net_shutdown,
};
struct startup_fn *net_startup_ptr = &net_startup_fn;

struct errortab timer_error __errortab = { 0x3001, "timer stalled" };
