/* SPDX-License-Identifier: MIT */
/*
 * KASAN's shadow memory.  It never learned Xen PV, so it says so: on Xen the
 * planner drops it with "kasan: not supported on subarch xen" instead of the
 * boot crashing in it.
 */
#include <linktable/free.h>

#include "demo.h"

LINKTABLE_ONLY_TEXT(PC)
static int kasan_early_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	demo_busy(2);
	demo_machine(boot)->kasan_shadow_ready = 1;
	return 0;
}

LINKTABLE_ONLY_TEXT(PC)
static int kasan_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	demo_busy(3);
	return demo_machine(boot)->kasan_shadow_ready ? 0 : -22;
}

LINKTABLE_INIT_STEP(kasan, 10, LINKTABLE_SUBARCHS(PC),
		    .depends = LINKTABLE_INIT_DEPS(memory),
		    .early_init = kasan_early_init,
		    .setup_arch = kasan_init);
