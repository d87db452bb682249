/* SPDX-License-Identifier: MIT */
/* A step supporting Xen whose hard dependency is PC-only, and a step that
 * needs it: broken on Xen, nowhere else. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(pc_bus, 1, LINKTABLE_SUBARCHS(PC));
LINKTABLE_INIT_STEP(driver, 2, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(pc_bus));
LINKTABLE_INIT_STEP(user, 3, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(driver));
LINKTABLE_INIT_STEP(console, 3, LINKTABLE_SUBARCHS_ALL);
