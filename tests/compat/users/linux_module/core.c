/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/core.c - kernel code with no module
 * name: core_param() (no prefix ever), a module_param() that has no
 * prefix here (no KBUILD_MODNAME, no MODULE_PARAM_PREFIX: documented in
 * compat/linux_param.h), a file that names its own prefix as the kernel's
 * RCU code does, and early_param_on_off() with one option set and one not.
 */
#include "drv.h"

int panic_toy;
core_param(panic_toy, panic_toy, int, 0644);

int plain_level = 1;
module_param(plain_level, int, 0644);

#undef MODULE_PARAM_PREFIX
#define MODULE_PARAM_PREFIX "rcutoy."
int rcutoy_delay = 3;
module_param_named(delay, rcutoy_delay, int, 0444);

#define CONFIG_TOY_FEATURE_A 1
early_param_on_off("toy_a_on", "toy_a_off", toy_feature_a, CONFIG_TOY_FEATURE_A);
early_param_on_off("toy_b_on", "toy_b_off", toy_feature_b, CONFIG_TOY_FEATURE_B);

MODULE_LICENSE("GPL");
