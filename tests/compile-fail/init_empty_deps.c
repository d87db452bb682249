/* expect: LINKTABLE_INIT_DEPS\(\) needs at least one step name */
/* SPDX-License-Identifier: MIT */
/* LINKTABLE_INIT_DEPS() with no names used to mean "depends on ''". */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(lonely, 10, LINKTABLE_SUBARCHS(PC), .depends = LINKTABLE_INIT_DEPS(), .early_init = f);
