/* expect: len is not its buffer's */
/* SPDX-License-Identifier: MIT */
/* module_param_string() with a length larger than its buffer: the value
 * copy would write past the buffer. */
#define KBUILD_MODNAME "toy"
#include <linktable/compat/linux.h>

static char label[8];
module_param_string(label, label, 16, 0444);
