/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "env.h"

/* As U-Boot's env/callback.c: the count kept in an int, the list walked
 * from its start by index. */
struct env_clbk_tbl *find_env_callback(const char *name)
{
	struct env_clbk_tbl *clbkp;
	int i;
	int num_callbacks = ll_entry_count(struct env_clbk_tbl, env_clbk);

	if (name == NULL)
		return NULL;
	for (i = 0, clbkp = ll_entry_start(struct env_clbk_tbl, env_clbk); i < num_callbacks; i++, clbkp++) {
		if (strcmp(name, clbkp->name) == 0)
			return clbkp;
	}
	return NULL;
}

int event_notify(enum event_t type, void *ctx)
{
	struct evspy_info *start = ll_entry_start(struct evspy_info, evspy_info);
	const int n_ents = ll_entry_count(struct evspy_info, evspy_info);
	struct evspy_info *spy;
	int called = 0;

	for (spy = start; spy != start + n_ents; spy++) {
		if (spy->type == type) {
			spy->func(ctx);
			called++;
		}
	}
	return called;
}

static int on_baudrate(const char *name, const char *value, enum env_op op, int flags)
{
	(void)name;
	(void)op;
	(void)flags;
	return (int)strlen(value);
}
U_BOOT_ENV_CALLBACK(baudrate, on_baudrate);
