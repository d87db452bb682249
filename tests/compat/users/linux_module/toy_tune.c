/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/toy_tune.c - a driver whose parameters
 * have operations of their own, as drivers write them: a set that checks
 * its value with kstrtouint() and refuses with -EINVAL, one built on
 * param_set_uint_minmax(), the kernel's param_ops_* given directly
 * (bool with a bare name, bool_enable_only, hexint, long, charp, invbool),
 * the old module_param_call() with no variable, operations with no set,
 * a core_param_cb(), and param_check_*() beside them.
 */
#define KBUILD_MODNAME "toy_tune"
#include <string.h>
#include "drv.h"

/* A power of two from 1 to 64, in decimal only. */
unsigned int toytune_depth = 8;
static int depth_set(const char *val, const struct kernel_param *kp)
{
	unsigned int v;
	int ret = kstrtouint(val, 10, &v);

	if (ret)
		return ret;
	if (v == 0 || v > 64 || (v & (v - 1)))
		return -EINVAL;
	kernel_param_lock(THIS_MODULE);
	*(unsigned int *)kp->arg = v;
	kernel_param_unlock(THIS_MODULE);
	return 0;
}
static const struct kernel_param_ops depth_ops = {
	.set = depth_set,
	.get = param_get_uint,
};
param_check_uint(depth, &toytune_depth);
module_param_cb(depth, &depth_ops, &toytune_depth, 0644);
__MODULE_PARM_TYPE(depth, "uint");
MODULE_PARM_DESC(depth, "Queue depth (power of two, 1-64)");

unsigned int toytune_queues = 4;
static int queues_set(const char *val, const struct kernel_param *kp)
{
	return param_set_uint_minmax(val, kp, 1, 16);
}
static const struct kernel_param_ops queues_ops = {
	.set = queues_set,
	.get = param_get_uint,
};
module_param_cb(queues, &queues_ops, &toytune_queues, 0444);

bool toytune_verbose, toytune_once, toytune_quiet;
module_param_cb(verbose, &param_ops_bool, &toytune_verbose, 0644);
module_param_cb(once, &param_ops_bool_enable_only, &toytune_once, 0644);
module_param_cb(loud, &param_ops_invbool, &toytune_quiet, 0644);

unsigned int toytune_mask = 0xff;
module_param_cb(mask, &param_ops_hexint, &toytune_mask, 0644);
long toytune_offset = -5;
module_param_cb(offset, &param_ops_long, &toytune_offset, 0644);
char *toytune_fw;
module_param_cb(fw, &param_ops_charp, &toytune_fw, 0444);

/* The old way: set and get functions, and a state of the driver's own. */
int toytune_mode; /* 0 fast, 1 safe */
static int mode_set(const char *val, const struct kernel_param *kp)
{
	(void)kp;
	if (val && strcmp(val, "fast") == 0)
		toytune_mode = 0;
	else if (val && strcmp(val, "safe") == 0)
		toytune_mode = 1;
	else
		return -EINVAL;
	return 0;
}
static int mode_get(char *buffer, const struct kernel_param *kp)
{
	(void)kp;
	strcpy(buffer, toytune_mode ? "safe\n" : "fast\n");
	return 5;
}
module_param_call(mode, mode_set, mode_get, NULL, 0644);

/* Read-only: operations without a set. */
int toytune_revision = 3;
static const struct kernel_param_ops revision_ops = {
	.get = param_get_int,
};
module_param_cb(revision, &revision_ops, &toytune_revision, 0444);

/* Set in the normal pass here (the kernel sets it before the core level). */
int toytune_core = 1;
core_param_cb(core, &param_ops_int, &toytune_core, 0444);

