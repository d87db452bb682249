/* SPDX-License-Identifier: MIT */
#include "onelevel.h"
static const STRUCT_SECTION_ITERABLE(cmd, c_boot) = { "boot", 2 };
const STRUCT_SECTION_ITERABLE(cmd, c_env) = { "env", 4 };
const STRUCT_SECTION_ITERABLE(num, n_b) = { 2 };
