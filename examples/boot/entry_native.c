/* SPDX-License-Identifier: MIT */
/*
 * The native entry (bare metal, KVM, Xen HVM): startup_64 ->
 * x86_64_start_kernel -> x86_64_start_reservations -> the common path.
 * Nothing subarch-specific is initialised here any more: what used to be
 * (cr4_init_shadow) is an init step, run on every path.
 */
#include "demo.h"

/* The boot loader's zero page arrives as real_mode_data. */
static int x86_64_start_kernel(const unsigned char *real_mode_data, struct demo_options *opt)
{
	struct demo_machine machine = { .verbose = opt->out != NULL, .legacy_entries = opt->legacy_entries };

	/* Before 5054daa285be only this entry set up the cr4 shadow. */
	if (opt->legacy_entries)
		demo_cr4_init_shadow(&machine);
	return x86_64_start_reservations(real_mode_data, opt, &machine);
}

int startup_64(struct demo_options *opt, unsigned int hardware_subarch)
{
	unsigned char zero_page[DEMO_ZERO_PAGE_SIZE];

	if (opt->out)
		fprintf(opt->out, "entry: startup_64 -> x86_64_start_kernel -> x86_64_start_reservations\n");
	demo_fill_zero_page(zero_page, hardware_subarch); /* what the boot loader wrote */
	return x86_64_start_kernel(zero_page, opt);
}
