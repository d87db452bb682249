/* SPDX-License-Identifier: MIT */
/*
 * linktable/boot.h - for a hosted program: the runner of liblinktable,
 * which allocates the boot, detects the subarch (LINKTABLE_SUBARCH=, the
 * zero page, CPUID), traces to a FILE * and can run parallel-safe steps on
 * threads.
 *
 *	struct linktable_boot_config cfg = {
 *		.trace_file = stdout,       // initcall_debug-style trace (or NULL)
 *		.json_file = NULL,          // the decision, plan, trace and verdicts as JSON
 *		.parallel = 1,              // parallel-safe steps on worker threads
 *	};
 *	struct linktable_boot *boot;
 *
 *	int err = linktable_boot_run(&linktable_bounds_init_steps, &cfg, &boot); // all phases
 *	// or: linktable_boot_begin(), linktable_boot_run_phase() per phase,
 *	//     linktable_boot_finish()
 *	if (err)
 *		fprintf(stderr, "%s\n", boot->error);
 *	linktable_boot_free(boot);
 *
 * linktable_boot(&cfg, &boot) is linktable_boot_run() on the program's own
 * table.  The freestanding twins, in the caller's storage, end in _in
 * (<linktable/boot_core.h>).  The declarations are in <linktable/init.h>.
 */
#ifndef LINKTABLE_BOOT_H
#define LINKTABLE_BOOT_H

#include <linktable/init.h>

#endif /* LINKTABLE_BOOT_H */
