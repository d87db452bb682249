/* SPDX-License-Identifier: MIT */
/*
 * A probe group: three console drivers on one level, each with
 * "finish if detected".  The first one detected ends the level, so exactly
 * one console is set up.  Probe order: by name (hvc, vga), and serial last
 * through soft dependencies: it is the fallback.  One callback sets up
 * whichever console its step names.
 */
#include <linktable/free.h>

#include "demo.h"

LINKTABLE_INIT_TEXT
static int is_xen(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	return boot->subarch == LINKTABLE_SUBARCH_XEN;
}

LINKTABLE_INIT_TEXT
static int has_vga(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	return boot->subarch == LINKTABLE_SUBARCH_PC;
}

/* One callback for the three consoles: each step's .data names its device. */
LINKTABLE_INIT_TEXT
static int console_setup(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	demo_machine(boot)->console = step->data;
	return 0;
}

LINKTABLE_INIT_STEP(console_hvc, 40, LINKTABLE_SUBARCHS_ALL,
		    .flags = LINKTABLE_INIT_FINISH_IF_DETECTED,
		    .detect = is_xen,
		    .late_init = console_setup, .data = "hvc0");

LINKTABLE_INIT_STEP(console_vga, 40, LINKTABLE_SUBARCHS_EXCEPT(XEN),
		    .flags = LINKTABLE_INIT_FINISH_IF_DETECTED,
		    .detect = has_vga,
		    .late_init = console_setup, .data = "tty0");

LINKTABLE_INIT_STEP(console_serial, 40, LINKTABLE_SUBARCHS_ALL,
		    .flags = LINKTABLE_INIT_FINISH_IF_DETECTED,
		    .soft_depends = LINKTABLE_INIT_DEPS(console_hvc, console_vga),
		    .late_init = console_setup, .data = "ttyS0");
