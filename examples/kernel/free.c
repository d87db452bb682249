/* SPDX-License-Identifier: MIT */
/*
 * free.c - releasing the other subarchs' memory and init memory through
 * linktable's core (linktable_boot_release()): only after a completed
 * boot, and never a range that holds the console, exit or unmapping code
 * in use or the fault handler.  Pages are unmapped through the subarch's
 * ops: our own page tables natively, update_va_mapping under Xen PV.  Any
 * later use faults, and the page-fault handler names the range.
 */
#include <linktable/env.h>
#include <linktable/free.h>
#include <linktable/boot_core.h>

#include "kernel.h"

LINKTABLE_FREE_RANGES_DEFINE();



static void report(const struct linktable_free_report *r)
{
	char text[1024];
	char *line = text;

	linktable_free_format(r, text, sizeof(text));
	for (char *p = text; *p; p++) {
		if (*p == '\n') {
			*p = 0;
			tprintk("%s\n", line);
			line = p + 1;
		}
	}
	if (*line)
		tprintk("%s\n", line);
}

/* Returns 0, or the first error. */
int free_unused_memory(struct linktable_boot *b)
{
	struct linktable_free_report other, init;
	const void *in_use[] = {
		(const void *)kops, (const void *)kops->write, (const void *)kops->exit,
		(const void *)kops->unmap, (const void *)kops->fault_address, (const void *)trap_handler,
		(const void *)0,
	};
	int err;

	memset(&other, 0, sizeof(other));
	memset(&init, 0, sizeof(init));
	err = linktable_boot_release(b, LINKTABLE_FREE_SET, in_use, &other, &init);
	if (other.what)
		report(&other);
	if (init.what)
		report(&init);
	return err;
}
