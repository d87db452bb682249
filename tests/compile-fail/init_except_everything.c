/* expect: init step nowhere supports no subarch */
/* SPDX-License-Identifier: MIT */
/* "All except" every subarch leaves nothing. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(nowhere, 10, (LINKTABLE_SUBARCHS_EXCEPT(PC) & LINKTABLE_SUBARCHS(PC)), .early_init = f);
