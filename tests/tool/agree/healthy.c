/* SPDX-License-Identifier: MIT */
/* Every rule holds: hard, order-only and soft dependencies, subarch masks
 * that match, a step for a program-defined subarch. */
#include <linktable/step.h>

#define LINKTABLE_SUBARCH_BOARD 12

LINKTABLE_INIT_STEP(memory, 0, LINKTABLE_SUBARCHS_ALL, .flags = LINKTABLE_INIT_CRITICAL);
LINKTABLE_INIT_STEP(pci, 10, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(memory));
LINKTABLE_INIT_STEP(xen_events, 10, LINKTABLE_SUBARCHS(XEN), .depends = LINKTABLE_INIT_DEPS(memory));
LINKTABLE_INIT_STEP(console, 20, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(memory),
		    .soft_depends = LINKTABLE_INIT_DEPS(pci, xen_events, not_linked_in));
LINKTABLE_INIT_STEP(board_leds, 30, LINKTABLE_SUBARCHS(BOARD), .depends = LINKTABLE_INIT_DEPS(console));
