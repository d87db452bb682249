/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "env.h"
#include "../tap.h"

LINKTABLE_UBOOT_LIST_DEFINE(struct env_clbk_tbl, env_clbk);

static int board_spy(void *ctx)
{
	*(int *)ctx += 10;
	return 0;
}
EVENT_SPY(EVT_DM_POST_INIT, board_spy);

ll_entry_declare_list(struct bootmeth_ops, local_boot, bootmeth) = {
	{ "extlinux", 10 },
};

int main(void)
{
	struct env_clbk_tbl *cb;
	int ctx = 0;

	ok(ll_entry_count(struct env_clbk_tbl, env_clbk) == 3, "env_clbk: 3 callbacks from two files");
	cb = find_env_callback("serverip");
	ok(cb && cb->callback("serverip", "x", env_op_delete, 0) == -1, "found by name through an int count");
	cb = find_env_callback("baudrate");
	ok(cb && cb->callback("baudrate", "115200", env_op_create, 0) == 6, "a callback of another file found");
	ok(find_env_callback("nosuch") == NULL && find_env_callback(NULL) == NULL, "an unknown name: NULL");
	ok(ll_entry_get(struct env_clbk_tbl, ipaddr, env_clbk) == find_env_callback("ipaddr"),
	   "ll_entry_get of another file's entry is the one found");
	ok(LINKTABLE_UBOOT_FIND(struct env_clbk_tbl, env_clbk, "ipaddr") ==
		   ll_entry_get(struct env_clbk_tbl, ipaddr, env_clbk),
	   "found by a run-time string too");
	{
		const char *prev = "";
		int sorted = 1, n = 0;

		LINKTABLE_UBOOT_FOREACH_BY_NAME(struct env_clbk_tbl, env_clbk, c) {
			sorted &= strcmp(prev, c->name) < 0;
			prev = c->name;
			n++;
		}
		ok(sorted && n == 3, "by name: baudrate, ipaddr, serverip (%d)", n);
	}

	ok(event_notify(EVT_DM_POST_INIT, &ctx) == 2 && ctx == 11, "event spies: two of one type (%d)", ctx);
	ok(event_notify(EVT_MAIN_LOOP, &ctx) == 1 && ctx == 12, "event spies: one of another");
	ok(ll_entry_get(struct evspy_info, EVT_MAIN_LOOP_3_net_init_spy, evspy_info)->type == EVT_MAIN_LOOP,
	   "ll_entry_get of a name a wrapper pasted together");

	{
		struct bootmeth_ops *m = ll_entry_start(struct bootmeth_ops, bootmeth);
		unsigned int n = ll_entry_count(struct bootmeth_ops, bootmeth), i;
		int prio = 0;
		const char *names[8];

		for (i = 0; i < n && i < 8; i++) {
			prio += m[i].prio;
			names[i] = m[i].name;
		}
		ok(n == 3 && prio == 60 && names[n - 1] != NULL, "lists declared as arrays: 3 entries, indexed (%u)", n);
	}
	{
		struct fdt_fixup *f;
		unsigned int seen = 0;

		for (f = ll_entry_start(struct fdt_fixup, fdt_fixup); f < ll_entry_end(struct fdt_fixup, fdt_fixup); f++)
			seen++;
		ok(seen == 0 && ll_entry_count(struct fdt_fixup, fdt_fixup) == 0, "a list nothing adds to: empty");
	}
	{
		char *lo = ll_start(char), *hi = ll_end(char);
		char *e = (char *)ll_entry_get(struct env_clbk_tbl, baudrate, env_clbk);
		char *b = (char *)ll_entry_start(struct bootmeth_ops, bootmeth);

		ok(lo <= e && e < hi && lo <= b && b < hi, "ll_start()..ll_end() spans entries of every list");
	}
	return done_testing();
}
