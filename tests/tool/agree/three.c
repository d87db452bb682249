/* SPDX-License-Identifier: MIT */
/* The program: a runs after b, b after a, c after a step that is
 * not linked in; d is fine itself. */
#include <linktable/step.h>

LINKTABLE_INIT_STEP(a, 10, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(b));
LINKTABLE_INIT_STEP(b, 10, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(a));
LINKTABLE_INIT_STEP(c, 10, LINKTABLE_SUBARCHS_ALL, .after = LINKTABLE_INIT_DEPS(not_linked_in));
LINKTABLE_INIT_STEP(d, 10, LINKTABLE_SUBARCHS_ALL);
