/* SPDX-License-Identifier: MIT */
/* ipxe_initfns: initialisation, startup/shutdown and error tables as iPXE
 * code declares them: each table a #define of __table(), entries through a
 * project macro wrapping __table_entry(), orders given by macros. */
#ifndef IPXE_INITFNS_INIT_H
#define IPXE_INITFNS_INIT_H
#include <linktable/compat/ipxe.h>

struct init_fn {
	void (*initialise)(void);
};
#define INIT_FNS __table(struct init_fn, "init_fns")
LINKTABLE_IPXE_DECLARE(INIT_FNS);
#define __init_fn(init_order) __table_entry(INIT_FNS, init_order)
#define INIT_EARLY 01
#define INIT_CONSOLE 02
#define INIT_NORMAL 03
#define INIT_LATE 04

struct startup_fn {
	const char *name;
	void (*startup)(void);
	void (*shutdown)(int booting);
};
#define STARTUP_FNS __table(struct startup_fn, "startup_fns")
LINKTABLE_IPXE_DECLARE(STARTUP_FNS);
#define __startup_fn(startup_order) __table_entry(STARTUP_FNS, startup_order)
#define STARTUP_EARLY 01
#define STARTUP_NORMAL 02
#define STARTUP_LATE 03

/* A macro of the project's own over the wrapper: the order reaches
 * __table_entry() through two levels of macros. */
#define INIT_FN_DEFINE(fn, order) struct init_fn fn##_init_fn __init_fn(order) = { .initialise = fn }

/* Error message tables, contributed as arrays; the table is declared of a
 * const type, its entries written as iPXE writes them, writable (const
 * entries of an array table do not map on mold: docs/adopting.md). */
struct errortab {
	int errno_value;
	const char *text;
};
#define ERRORTAB __table(const struct errortab, "errortab")
LINKTABLE_IPXE_DECLARE(ERRORTAB);
#define __errortab __table_entry(ERRORTAB, 01)

/* A table nothing in the program adds to. */
struct image_type {
	const char *name;
	int (*probe)(const void *image);
};
#define IMAGE_TYPES __table(struct image_type, "image_types")
LINKTABLE_IPXE_DECLARE(IMAGE_TYPES);

/* What init.c records. */
extern char init_trace[32];
extern char startup_trace[16];
extern char shutdown_trace[16];
void trace(char *buf, char c);
void initialise(void);
void startup(void);
void shutdown(int booting);
extern int shutdown_booting;
#endif
