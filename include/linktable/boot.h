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
 *	struct linktable_boot_summary sum;
 *
 *	int err = linktable_boot_begin(&linktable_bounds_init_steps, &cfg, &boot);
 *	for (unsigned int ph = 0; !err && ph < LINKTABLE_DEFAULT_PHASES; ph++)
 *		err = linktable_boot_run_phase(boot, ph);    // from the program's own places
 *	if (linktable_boot_finish(boot, &sum) || err)       // summary line, JSON
 *		fprintf(stderr, "%s\n", boot->error);
 *	linktable_boot_free(boot);
 *
 * linktable_boot_run() (and linktable_boot(&cfg, &boot), on the program's
 * own table) does begin, every phase and finish in one call: it is in
 * <linktable/step.h>.  The freestanding twins, in the caller's storage, end
 * in _in (<linktable/boot_core.h>, included here).
 */
#ifndef LINKTABLE_BOOT_H
#define LINKTABLE_BOOT_H

#include <linktable/boot_core.h>

LTX_EXTERN_C_BEGIN

/**
 * linktable_boot_begin_steps() - decide the subarch and plan, on an array.
 * @steps: step pointers.
 * @n:     how many.
 * @cfg:   configuration (NULL: defaults).
 * @out:   the boot; free with linktable_boot_free() (NULL only when out of
 *         memory).
 *
 * Return: 0; or -1 when the subarch override is bad or the plan has
 * errors: nothing runs, (*@out)->error and ->plan->errors say why (and were
 * printed to the trace file).
 */
int linktable_boot_begin_steps(const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg, struct linktable_boot **out);

/**
 * linktable_boot_begin() - linktable_boot_begin_steps() on a linked table.
 * @table: the init table's bounds.
 * @cfg:   configuration.
 * @out:   the boot.
 */
int linktable_boot_begin(const struct linktable_bounds *table,
			 const struct linktable_boot_config *cfg, struct linktable_boot **out);

/**
 * linktable_boot_finish() - close the run: mark unreached steps, print the
 * summary line and the JSON document.
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_finish(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_write_json() - write the decision, plan, trace and results
 * as one JSON document.
 * @boot: the boot.
 * @file: a FILE *.
 */
void linktable_boot_write_json(const struct linktable_boot *boot, void *file);

LTX_EXTERN_C_END

#endif /* LINKTABLE_BOOT_H */
