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
 * linktable_plan_make() - deprecated 0.1 name of linktable_plan_build_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
long linktable_plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			 const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			 const struct linktable_plan_options *opts);

/**
 * linktable_plan_make_table() - deprecated 0.1 name of linktable_plan_build_table_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
long linktable_plan_make_table(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			       const struct linktable_bounds *table, unsigned int subarch,
			       const struct linktable_plan_options *opts);

/**
 * linktable_plan_write() - deprecated 0.1 name of linktable_plan_print_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
void linktable_plan_write(const struct linktable_plan *plan, const struct linktable_env *env);

/**
 * linktable_boot_start_steps() - deprecated 0.1 name of linktable_boot_begin_steps_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
int linktable_boot_start_steps(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			       const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg);

/**
 * linktable_boot_start() - deprecated 0.1 name of linktable_boot_begin_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
int linktable_boot_start(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			 const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

/**
 * linktable_boot_close() - deprecated 0.1 name of linktable_boot_finish_in(),
 * the same function, kept for one release (CHANGELOG.md).
 */
int linktable_boot_close(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_execute() - deprecated 0.1 name of linktable_boot_run_in(),
 * the same function, kept for one release (CHANGELOG.md).
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
