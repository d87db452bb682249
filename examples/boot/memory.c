/* SPDX-License-Identifier: MIT */
/*
 * Memory: the memblock setup every later step needs.
 */
#include <linktable/free.h>

#include "demo.h"

LINKTABLE_INIT_TEXT
static int memblock_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	demo_busy(3);
	demo_machine(boot)->memory_ready = 1;
	return 0;
}

LINKTABLE_INIT_TEXT
static int paging_init(struct linktable_boot *boot, const struct linktable_init_step *step)
{
	(void)step;
	demo_busy(2);
	return demo_machine(boot)->memory_ready ? 0 : -12; /* -ENOMEM */
}

LINKTABLE_INIT_STEP(memory, 10, LINKTABLE_SUBARCHS_ALL,
		    .flags = LINKTABLE_INIT_CRITICAL,
		    .depends = LINKTABLE_INIT_DEPS(tlb_flush),
		    .early_init = memblock_init,
		    .setup_arch = paging_init);
