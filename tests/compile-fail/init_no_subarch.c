/* expect: (linktable_init_step_needs_a_subarch_mask_as_third_argument.*early_init|early_init.*linktable_init_step_needs_a_subarch_mask_as_third_argument) */
/* SPDX-License-Identifier: MIT */
/* The subarch mask left out: the designated initializer takes its place. */
#include <linktable/step.h>

static int f(struct linktable_boot *b, const struct linktable_init_step *step)
{
	(void)step;
	(void)b;
	return 0;
}

LINKTABLE_INIT_STEP(forgetful, 10, .early_init = f);
