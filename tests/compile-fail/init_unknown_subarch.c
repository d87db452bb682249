/* expect: LINKTABLE_SUBARCH_ARM64 */
/* SPDX-License-Identifier: MIT */
/* A subarch name nobody defined. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(armed, 10, LINKTABLE_SUBARCHS(PC, ARM64), .early_init = f);
