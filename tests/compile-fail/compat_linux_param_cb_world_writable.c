/* expect: not writable by others */
/* SPDX-License-Identifier: MIT */
/* module_param_cb() with perm 0666: the kernel's VERIFY_OCTAL_PERMISSIONS
 * refuses it for a parameter with operations too, and so does
 * compat/linux_param.h. */
#define KBUILD_MODNAME "toy"
#include <linktable/compat/linux.h>

static int level;
module_param_cb(level, &param_ops_int, &level, 0666);
