/* SPDX-License-Identifier: MIT */
/*
 * linktable/step.h - for a feature's author: declare an init step where the
 * feature is implemented, and boot with one call.
 *
 *	#include <linktable/step.h>
 *
 *	static int pci_init(struct linktable_boot *b, const struct linktable_init_step *s)
 *	{ ... return 0; }
 *
 *	LINKTABLE_INIT_STEP(pci, 20, LINKTABLE_SUBARCHS(PC, XEN),  // name, level 0..99, where it works
 *			    .depends = LINKTABLE_INIT_DEPS(memory),   // must run first, and succeed
 *			    .after = LINKTABLE_INIT_DEPS(acpi),       // runs first where linked in
 *			    .soft_depends = LINKTABLE_INIT_DEPS(iommu), // first if linked in and supported
 *			    .flags = LINKTABLE_INIT_CRITICAL,         // or _PARALLEL_SAFE, _FINISH_IF_DETECTED
 *			    .detect = pci_present,                    // > 0: needed here
 *			    .setup_arch = pci_init);                  // or .early_init, .late_init, .phase[N]
 *
 * and once per program:
 *
 *	LINKTABLE_INIT_TABLE_DEFINE();
 *	int main(void)
 *	{
 *		struct linktable_boot_config cfg = { .trace_file = stdout };
 *		struct linktable_boot *boot;
 *		int err = linktable_boot(&cfg, &boot);   // decide the subarch, plan, run every phase
 *
 *		linktable_boot_free(boot);
 *		return err ? 1 : 0;
 *	}
 *
 * The subarch mask is mandatory: a step without one does not compile.
 * "linktable check PROGRAM" checks every rule at build time.  The rest of
 * the API: <linktable/plan.h> (planning), <linktable/boot_core.h> (a
 * freestanding boot in the caller's storage), <linktable/boot.h> (the
 * hosted runner, phase by phase).  Every declaration is in
 * <linktable/init.h>, which includes them all.
 */
#ifndef LINKTABLE_STEP_H
#define LINKTABLE_STEP_H

#include <linktable/init.h>

#endif /* LINKTABLE_STEP_H */
