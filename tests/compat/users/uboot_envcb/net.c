/* SPDX-License-Identifier: MIT */
#include "env.h"

static int on_ipaddr(const char *name, const char *value, enum env_op op, int flags)
{
	(void)name;
	(void)value;
	(void)flags;
	return op == env_op_delete ? -1 : 1;
}
U_BOOT_ENV_CALLBACK(ipaddr, on_ipaddr);
U_BOOT_ENV_CALLBACK(serverip, on_ipaddr);

static int net_init_spy(void *ctx)
{
	++*(int *)ctx;
	return 0;
}
EVENT_SPY(EVT_DM_POST_INIT, net_init_spy);
EVENT_SPY(EVT_MAIN_LOOP, net_init_spy);

ll_entry_declare_list(struct bootmeth_ops, net_boot, bootmeth) = {
	{ "pxe", 20 },
	{ "tftp", 30 },
};
