/* expect: parameter toy.flag is not of its type */
/* SPDX-License-Identifier: MIT */
/* module_param(flag, bool, ...) of an int: the kernel (gcc 14 and later)
 * refuses the pointer type; so does compat/linux_param.h, as the parser
 * would store a bool into an int otherwise (bint is the int that reads as
 * a bool). */
#define KBUILD_MODNAME "toy"
#include <linktable/compat/linux.h>

static int flag;
module_param(flag, bool, 0644);
