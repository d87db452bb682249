/* SPDX-License-Identifier: MIT */
/*
 * The common path every entry funnels into: the subarch is decided once,
 * from the zero page the entry handed over, then the same init table runs
 * for everyone - early init here, setup_arch from start_kernel, late init
 * from rest_init.
 */
#include <string.h>

#include "demo.h"

static void rest_init(struct linktable_boot *boot)
{
	linktable_boot_run_phase(boot, LINKTABLE_PHASE_LATE);
}

static void setup_arch(struct linktable_boot *boot)
{
	linktable_boot_run_phase(boot, LINKTABLE_PHASE_SETUP_ARCH);
}

static void start_kernel(struct linktable_boot *boot)
{
	setup_arch(boot);
	rest_init(boot);
}

static void print_outcome(FILE *out, const struct linktable_boot *boot, const struct demo_machine *m)
{
	if (boot->plan && boot->plan->nerrors == 0)
		fprintf(out, "machine: console %s, %u PCI devices, %u PCI fixups applied, cr4 shadow %#lx\n",
			m->console ? m->console : "(none)", m->pci_devices, m->pci_fixups_applied,
			m->cr4_shadow);
	demo_report_freed(out, boot);
}

int x86_64_start_reservations(const unsigned char *real_mode_data, struct demo_options *opt,
			      struct demo_machine *machine)
{
	struct linktable_subarch_detect_options det = {
		.boot_params = real_mode_data,
		.boot_params_size = DEMO_ZERO_PAGE_SIZE,
		.ignore_env = 1, /* the simulated machine, not this one */
		.skip_cpuid = 1,
	};
	struct linktable_boot_config cfg = {
		.detect = &det,
		.parallel = opt->parallel,
		.trace_file = opt->out,
		.user = machine,
	};
	struct linktable_boot *boot;
	int err;

	demo_release_setup(&cfg);
	if (opt->out)
		cfg.env = demo_trace_env(opt->out);
	err = linktable_boot_begin(&linktable_bounds_init_steps, &cfg, &boot);
	if (!boot) {
		fprintf(stderr, "linktable-demo: out of memory\n");
		return -1;
	}
	if (!err && opt->out) {
		fprintf(opt->out, "subarch: %s, found by %s (%s)\n", linktable_subarch_name(boot->subarch),
			linktable_subarch_source_name(boot->decision.source), boot->decision.reason);
		linktable_plan_print(boot->plan, opt->out);
		fprintf(opt->out, "trace (%s):\n", opt->parallel ? "parallel" : "sequential");
	}
	if (!err)
		err = linktable_boot_run_phase(boot, LINKTABLE_PHASE_EARLY);
	if (!err)
		start_kernel(boot);
	err = linktable_boot_finish(boot, &opt->summary) || err;
	if (!err)
		demo_free_init_memory(); /* the boot is done: init-only memory goes */
	if (opt->out)
		print_outcome(opt->out, boot, machine);
	if (opt->json) {
		if (!opt->first_json)
			fputs(",\n", stdout);
		linktable_boot_write_json(boot, stdout);
	}
	linktable_boot_free(boot);
	return err ? -1 : 0;
}
