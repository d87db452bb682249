/* SPDX-License-Identifier: MIT */
/*
 * The Xen PV entry: startup_xen -> xen_start_kernel ->
 * x86_64_start_reservations -> the common path.  Xen has no boot loader: its
 * entry builds the zero page itself and says hardware_subarch = xen, as
 * Linux's xen_start_kernel() does.
 */
#include "demo.h"

static int xen_start_kernel(struct demo_options *opt)
{
	unsigned char zero_page[DEMO_ZERO_PAGE_SIZE];
	struct demo_machine machine = { .verbose = opt->out != NULL, .legacy_entries = opt->legacy_entries };

	/* No cr4 shadow here: with --legacy-entries that is the 5054daa285be
	 * crash; otherwise the common path's cr4_shadow step covers it. */
	demo_fill_zero_page(zero_page, LINKTABLE_SUBARCH_XEN);
	return x86_64_start_reservations(zero_page, opt, &machine);
}

int startup_xen(struct demo_options *opt)
{
	if (opt->out)
		fprintf(opt->out, "entry: startup_xen -> xen_start_kernel -> x86_64_start_reservations\n");
	return xen_start_kernel(opt);
}
