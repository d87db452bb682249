/* SPDX-License-Identifier: MIT */
/* freebsd_malloc: malloc types, sysctl-like knobs and a command set as
 * FreeBSD kernel code declares them: SYSINIT/SYSUNINIT written inside the
 * project's own macros, sets declared once in a header, a start-up loop of
 * the kernel's own that reads the struct sysinit fields. */
#ifndef FREEBSD_MALLOC_SYS_H
#define FREEBSD_MALLOC_SYS_H
#include <stddef.h>
#include <linktable/compat/freebsd.h>

struct malloc_type {
	const char *ks_shortdesc;
	unsigned long ks_inuse;
	int ks_registered;
};
void malloc_init(void *data);
void malloc_uninit(void *data);
/* As FreeBSD's MALLOC_DEFINE: a one-element array (its name decays to the
 * pointer the SYSINIT passes) and the two SYSINITs named after it. */
#define MALLOC_DEFINE(type, shortdesc, longdesc) \
	struct malloc_type type[1] = { { .ks_shortdesc = (shortdesc), .ks_inuse = 0, .ks_registered = 0 } }; \
	SYSINIT(type##_init, SI_SUB_KMEM, SI_ORDER_THIRD, malloc_init, type); \
	SYSUNINIT(type##_uninit, SI_SUB_KMEM, SI_ORDER_ANY, malloc_uninit, type)
#define MALLOC_DECLARE(type) extern struct malloc_type type[1]

/* Read-only knobs in a set of const objects, declared in this header and
 * used by several files. */
struct knob {
	const char *name;
	int value;
};
SET_DECLARE(knob_set, const struct knob);
#define KNOB(name, val) \
	static const struct knob knob_##name = { #name, (val) }; \
	DATA_SET(knob_set, knob_##name)

/* Commands: a set of functions (TEXT_SET). */
typedef int db_cmdfcn_t(int arg);
SET_DECLARE(db_cmd_set, db_cmdfcn_t);
#define DB_COMMAND(name) \
	static db_cmdfcn_t db_##name; \
	TEXT_SET(db_cmd_set, db_##name); \
	static int db_##name(int arg)

/* Tunables as FreeBSD's TUNABLE_INT(): the object and the SYSINIT named
 * by pasting __LINE__ through a macro of the project's own (its
 * <sys/cdefs.h> __CONCAT), which the SYSINIT must expand before it pastes. */
#define KCONCAT1(x, y) x##y
#define KCONCAT(x, y) KCONCAT1(x, y)
struct tunable_int {
	const char *path;
	int *var;
};
void tunable_int_init(void *data);
#define TUNABLE_INT(path, var) \
	static struct tunable_int KCONCAT(tunable_int_, __LINE__) = { (path), (var) }; \
	SYSINIT(KCONCAT(tunable_init_, __LINE__), SI_SUB_TUNABLES, SI_ORDER_MIDDLE, tunable_int_init, \
		&KCONCAT(tunable_int_, __LINE__)); \
	DATA_SET(tunable_set, KCONCAT(tunable_int_, __LINE__))
/* The set of tunables: items named by a macro. */
SET_DECLARE(tunable_set, struct tunable_int);

/* A set nothing adds to. */
SET_DECLARE(empty_set, struct knob);

extern char boot_log[64];
void log_step(const char *what);
unsigned int mi_startup(void);
struct sysinit *vm_mem_sysinit(void);
#endif
