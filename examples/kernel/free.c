/* SPDX-License-Identifier: MIT */
/*
 * free.c - releasing init memory and the other subarchs' memory through
 * linktable's range release, by unmapping the pages: our own page tables
 * natively, update_va_mapping under Xen PV.  Any later use faults, and the
 * page-fault handler names the range.
 */
#include <linktable/env.h>
#include <linktable/free.h>

#include "kernel.h"

LINKTABLE_FREE_RANGES_DEFINE();

extern const struct linktable_env kernel_env;

int unmap_pages(uintptr_t start, size_t len)
{
	return boot.xen_pv ? xen_unmap_pages(start, len) : native_unmap_pages(start, len);
}

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

/* Releases the memory of every subarch but the running one, then the
 * init-only memory.  Returns 0, or the first error. */
int free_unused_memory(void)
{
	struct linktable_free_report rep;
	int err;

	err = linktable_free_other_subarchs(LINKTABLE_FREE_SET, boot.subarch, &kernel_env, &rep);
	report(&rep);
	if (err)
		return err;
	err = linktable_free_init(LINKTABLE_FREE_SET, &kernel_env, &rep);
	report(&rep);
	return err;
}
