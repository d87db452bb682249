/* expect: init step empty supports no subarch */
/* SPDX-License-Identifier: MIT */
/* LINKTABLE_SUBARCHS() with no names is the empty set. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(empty, 10, LINKTABLE_SUBARCHS(), .early_init = f);
