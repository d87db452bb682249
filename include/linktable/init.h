/* SPDX-License-Identifier: MIT */
/*
 * linktable/init.h - every header of the init framework, and the 0.1 names.
 *
 * Include the header for what you do instead:
 *
 *	<linktable/step.h>       declare init steps; boot with one call
 *	<linktable/plan.h>       plan, check rules, read verdicts
 *	<linktable/boot_core.h>  the freestanding boot, in the caller's storage
 *	<linktable/boot.h>       the hosted runner, phase by phase
 *
 * This header includes all four, and declares the deprecated 0.1 names
 * below (kept for one release, listed in CHANGELOG.md).  The step table is
 * read-only; what happened at run time (detected, ran, failed, durations)
 * lives in struct linktable_boot.  The layout of struct
 * linktable_init_step is the contract the linktable tool decodes with
 * offsetof(): change fields there, never by hand elsewhere.
 */
#ifndef LINKTABLE_INIT_H
#define LINKTABLE_INIT_H

#include <linktable/boot.h>
#include <linktable/boot_core.h>
#include <linktable/plan.h>
#include <linktable/step.h>

LTX_EXTERN_C_BEGIN

/* ---- One verb per action ---------------------------------------------------
 * Each action has one verb; a name ending in _in works in storage the caller
 * provides (the freestanding core: no allocator), its twin without _in
 * allocates (liblinktable).  The names on the right are the 0.1 names, kept
 * for one release (CHANGELOG.md); define LINKTABLE_WARN_DEPRECATED to have
 * the compiler point at their uses.
 *
 *	linktable_plan_build_in()        was linktable_plan_make()
 *	linktable_plan_build_table_in()  was linktable_plan_make_table()
 *	linktable_plan_print_in()        was linktable_plan_write()
 *	linktable_boot_begin_in()        was linktable_boot_start()
 *	linktable_boot_begin_steps_in()  was linktable_boot_start_steps()
 *	linktable_boot_finish_in()       was linktable_boot_close()
 *	linktable_boot_run_in()          was linktable_boot_execute()
 */

/* ---- The 0.1 names (deprecated) ---------------------------------------------- */

/**
 * linktable_plan_make() - plan the steps for one subarch, in storage the
 * caller provides (no allocation: usable before any allocator exists).
 * @plan:    filled in; points into @storage.
 * @storage: linktable_plan_bytes() bytes, 16-byte aligned, kept as long as
 *           @plan is used.
 * @bytes:   its size.
 * @steps:   an array of @n step pointers.
 * @n:       number of steps.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 *
 * Drops steps that do not support @subarch, then orders the rest so that
 * every dependency comes first and levels ascend; ties are broken by name
 * (byte order), so the plan never depends on link order.  Checks the whole
 * table, for every subarch: duplicate names, missing hard dependencies,
 * dependencies of a higher level, hard dependencies that lack a subarch
 * their dependent supports, dependency cycles, and (with
 * @opts->is_released) callbacks in released memory.  O((n + e) log n).
 *
 * Return: 0; the number of errors (then @plan->errors says what and
 * @plan->norder is 0); or -1 when @storage is too small or misaligned.
 */
long linktable_plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			 const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			 const struct linktable_plan_options *opts);

/**
 * linktable_plan_make_table() - linktable_plan_make() on a linked table;
 * uses the build-time plan (linktable_init_prebuilt) when one is linked in
 * and matches the table: then no planning work is done.  A plan sealed by
 * "linktable seal" is taken over after an O(1) check of its seal; an
 * unsealed one (or one whose seal is wrong) after hashing the table and
 * comparing fingerprints (@plan->prebuilt says what happened).
 * @plan:    filled in.
 * @storage: linktable_plan_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 */
long linktable_plan_make_table(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			       const struct linktable_bounds *table, unsigned int subarch,
			       const struct linktable_plan_options *opts);

/**
 * linktable_plan_write() - write the plan (order, dropped steps, errors)
 * through @env->write.
 * @plan: the plan.
 * @env:  the hooks.
 */
void linktable_plan_write(const struct linktable_plan *plan, const struct linktable_env *env);

/**
 * linktable_boot_start_steps() - decide the subarch and plan, in storage the
 * caller provides (the freestanding core: no allocation, no libc).
 * @boot:    the boot, filled in (a static or stack object).
 * @storage: linktable_boot_bytes() bytes, 16-byte aligned, kept while
 *           @boot is used.
 * @bytes:   its size.
 * @steps:   step pointers.
 * @n:       how many.
 * @cfg:     configuration (NULL: defaults).
 *
 * The trace (through @cfg->env) opens with the subarch decision and its
 * source, any warning about it, and every step skipped as unsupported.
 *
 * Return: 0; or -1 when the storage is too small, the subarch override is
 * bad or the plan has errors: nothing runs, @boot->error and
 * @boot->plan->errors say why (and were written to the trace).
 */
int linktable_boot_start_steps(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			       const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg);

/**
 * linktable_boot_start() - linktable_boot_start_steps() on a linked table.
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 */
int linktable_boot_start(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			 const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

/**
 * linktable_boot_close() - close the run without libc: mark unreached steps
 * and write the summary to the trace.
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_close(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_execute() - the freestanding common path: start, every
 * phase, close.
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_execute(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			   const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

#ifdef LINKTABLE_WARN_DEPRECATED
#define LTX_DEPRECATED_FOR(name) __attribute__((__deprecated__("use " #name "()")))
long linktable_plan_make(struct linktable_plan *, void *, linktable__size_t, const struct linktable_init_step *const *,
			 linktable__size_t, unsigned int, const struct linktable_plan_options *)
	LTX_DEPRECATED_FOR(linktable_plan_build_in);
long linktable_plan_make_table(struct linktable_plan *, void *, linktable__size_t, const struct linktable_bounds *,
			       unsigned int, const struct linktable_plan_options *)
	LTX_DEPRECATED_FOR(linktable_plan_build_table_in);
void linktable_plan_write(const struct linktable_plan *, const struct linktable_env *)
	LTX_DEPRECATED_FOR(linktable_plan_print_in);
int linktable_boot_start(struct linktable_boot *, void *, linktable__size_t, const struct linktable_bounds *,
			 const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_begin_in);
int linktable_boot_start_steps(struct linktable_boot *, void *, linktable__size_t,
			       const struct linktable_init_step *const *, linktable__size_t,
			       const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_begin_steps_in);
int linktable_boot_close(struct linktable_boot *, struct linktable_boot_summary *)
	LTX_DEPRECATED_FOR(linktable_boot_finish_in);
int linktable_boot_execute(struct linktable_boot *, void *, linktable__size_t, const struct linktable_bounds *,
			   const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_run_in);
#endif

LTX_EXTERN_C_END

#endif /* LINKTABLE_INIT_H */
