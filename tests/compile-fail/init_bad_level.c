/* expect: order level must be an integer literal from 0 to 99 */
/* SPDX-License-Identifier: MIT */
/* Level 100 is past the last level. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(too_late, 100, LINKTABLE_SUBARCHS(PC), .early_init = f);
