/* expect: not writable by others */
/* SPDX-License-Identifier: MIT */
/* A parameter writable by anyone (0666): the kernel's build refuses it
 * (VERIFY_OCTAL_PERMISSIONS), and so does compat/linux_param.h. */
#define KBUILD_MODNAME "toy"
#include <linktable/compat/linux.h>

static int level;
module_param(level, int, 0666);
