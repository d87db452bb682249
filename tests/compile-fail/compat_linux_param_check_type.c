/* expect: the pointer is not to the type's C type */
/* SPDX-License-Identifier: MIT */
/* param_check_int() of a long: a driver's own check beside its
 * module_param_cb(), which the kernel's build refuses (incompatible
 * pointer type) and so does compat/linux_param.h. */
#define KBUILD_MODNAME "toy"
#include <linktable/compat/linux.h>

static long level;
param_check_int(level, &level);
module_param_cb(level, &param_ops_long, &level, 0644);
