/* SPDX-License-Identifier: MIT */
/* A header that defines a static entry: every file including it adds its
 * own (included twice by one file too: the guard keeps it one). */
#ifndef IPXE_INITFNS_HOOKS_H
#define IPXE_INITFNS_HOOKS_H
#include "init.h"

extern int hook_calls;
static void hook_init(void)
{
	hook_calls++;
}
static struct init_fn hook_init_fn __init_fn(INIT_NORMAL) = { .initialise = hook_init };
#endif
