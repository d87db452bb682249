/* SPDX-License-Identifier: MIT */
/* The "resource" rule: mce uses the cr4 shadow without a step that
 * provides it among its hard dependencies (the seed's crash), so it is
 * broken where it runs, and so is the step that needs it. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(cr4_shadow, 1, LINKTABLE_SUBARCHS_ALL, .provides = LINKTABLE_INIT_RESOURCES(cr4));
LINKTABLE_INIT_STEP(pge, 2, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(cr4_shadow),
		    .uses = LINKTABLE_INIT_RESOURCES(cr4));
LINKTABLE_INIT_STEP(mce, 2, LINKTABLE_SUBARCHS(PC, XEN), .uses = LINKTABLE_INIT_RESOURCES(cr4));
LINKTABLE_INIT_STEP(mce_log, 3, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(mce));
