/* SPDX-License-Identifier: MIT */
/* uboot_envcb: environment callbacks, board init hooks and boot methods as
 * U-Boot code declares them: the project's own wrappers over
 * ll_entry_declare(), names pasted by other macros, lookups by a count
 * kept in an int. */
#ifndef UBOOT_ENVCB_ENV_H
#define UBOOT_ENVCB_ENV_H
#include <linktable/compat/uboot.h>

enum env_op { env_op_create, env_op_delete, env_op_overwrite };

struct env_clbk_tbl {
	const char *name;
	int (*callback)(const char *name, const char *value, enum env_op op, int flags);
};
#define U_BOOT_ENV_CALLBACK(name, callback) \
	ll_entry_declare(struct env_clbk_tbl, name, env_clbk) = { #name, callback }

/* An event spy: the entry's name pasted from the event type (an enum) and
 * the function, as U-Boot's EVENT_SPY does. */
enum event_t { EVT_NONE, EVT_DM_POST_INIT = 3, EVT_MAIN_LOOP = 7 };
struct evspy_info {
	enum event_t type;
	int (*func)(void *ctx);
	const char *id;
};
#define EVENT_SPY(_type, _func) \
	ll_entry_declare(struct evspy_info, _type##_3_##_func, evspy_info) = { _type, _func, #_func }

/* Boot methods contributed as arrays, and a list nothing adds to. */
struct bootmeth_ops {
	const char *name;
	int prio;
};
struct fdt_fixup {
	const char *node;
};

struct env_clbk_tbl *find_env_callback(const char *name);
int event_notify(enum event_t type, void *ctx);
#endif
