/* SPDX-License-Identifier: MIT */
/* Every rule of severity error holds, and the boot runs where the critical
 * step is (pc, xen); but each warning is there once: a step ordered after
 * itself (.after) and one softly (.soft_depends), an order-only dependency
 * that shares no subarch with its dependent, and a step that never runs
 * (lguest only, where the critical step is missing).  Every command exits
 * 0, prints the same warnings, and exits 1 under --werror. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(platform, 0, LINKTABLE_SUBARCHS(PC, XEN), .flags = LINKTABLE_INIT_CRITICAL);
LINKTABLE_INIT_STEP(console, 10, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(console, platform));
LINKTABLE_INIT_STEP(pc_pic, 10, LINKTABLE_SUBARCHS(PC));
/* hpet is not linked in: "first if linked in" is what soft means, no warning */
LINKTABLE_INIT_STEP(timer, 20, LINKTABLE_SUBARCHS(PC, XEN), .soft_depends = LINKTABLE_INIT_DEPS(hpet, timer));
LINKTABLE_INIT_STEP(xen_evtchn, 20, LINKTABLE_SUBARCHS(XEN), .after = LINKTABLE_INIT_DEPS(pc_pic));
LINKTABLE_INIT_STEP(lguest_blk, 20, LINKTABLE_SUBARCHS(LGUEST));
