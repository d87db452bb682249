/* SPDX-License-Identifier: MIT */
/* A cycle of hard dependencies, a step behind it (order-only) and one
 * needing a missing step. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(ring_a, 5, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(ring_b));
LINKTABLE_INIT_STEP(ring_b, 5, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(ring_a));
LINKTABLE_INIT_STEP(behind, 6, LINKTABLE_SUBARCHS(PC), .after = LINKTABLE_INIT_DEPS(ring_a));
LINKTABLE_INIT_STEP(needy, 7, LINKTABLE_SUBARCHS(XEN), .depends = LINKTABLE_INIT_DEPS(ghost));
LINKTABLE_INIT_STEP(alone, 1, LINKTABLE_SUBARCHS_ALL);
