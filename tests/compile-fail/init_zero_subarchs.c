/* expect: init step zero supports no subarch */
/* SPDX-License-Identifier: MIT */
/* A literal 0 mask. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(zero, 10, 0, .early_init = f);
