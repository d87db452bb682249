/* SPDX-License-Identifier: MIT */
/* Every rule holds, but a critical step supports PC and Xen only (the
 * kernel's platform step): the boot anywhere else is refused before any
 * step runs, and every consumer says so - refused, rule
 * unsupported-critical - without calling the image broken. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(platform, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL);
LINKTABLE_INIT_STEP(console, 10, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(platform));
LINKTABLE_INIT_STEP(timer, 20, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(platform));
LINKTABLE_INIT_STEP(lguest_blk, 20, LINKTABLE_SUBARCHS(LGUEST), .depends = LINKTABLE_INIT_DEPS(console));
