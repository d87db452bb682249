/* SPDX-License-Identifier: MIT */
/*
 * The weak default of linktable_init_prebuilt: no build-time plan.  A file
 * of its own, so no compiler sees the default while reading the pointer;
 * the source "linktable plan" emits defines the strong one.
 */
#include <linktable/plan.h>

__attribute__((weak)) const struct linktable_prebuilt_plan *const linktable_init_prebuilt =
	(const struct linktable_prebuilt_plan *)0;
