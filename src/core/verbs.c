/* SPDX-License-Identifier: MIT */
/*
 * One verb per action (<linktable/init.h>, "One verb per action"): the
 * names ending in _in are the caller-storage twins of the hosted ones.  For
 * one release they lead to the 0.1 functions, which keep their names (and
 * their symbols in liblinktable.so) until then.
 */
#include "plan_internal.h"

long linktable_plan_build_in(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			     const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			     const struct linktable_plan_options *opts)
{
	return linktable_plan_make(plan, storage, bytes, steps, n, subarch, opts);
}

long linktable_plan_build_table_in(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
				   const struct linktable_bounds *table, unsigned int subarch,
				   const struct linktable_plan_options *opts)
{
	return linktable_plan_make_table(plan, storage, bytes, table, subarch, opts);
}

void linktable_plan_print_in(const struct linktable_plan *plan, const struct linktable_env *env)
{
	linktable_plan_write(plan, env);
}

int linktable_boot_begin_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			    const struct linktable_bounds *table, const struct linktable_boot_config *cfg)
{
	return linktable_boot_start(boot, storage, bytes, table, cfg);
}

int linktable_boot_begin_steps_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
				  const struct linktable_init_step *const *steps, linktable__size_t n,
				  const struct linktable_boot_config *cfg)
{
	return linktable_boot_start_steps(boot, storage, bytes, steps, n, cfg);
}

int linktable_boot_finish_in(struct linktable_boot *boot, struct linktable_boot_summary *sum)
{
	return linktable_boot_close(boot, sum);
}

int linktable_boot_run_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			  const struct linktable_bounds *table, const struct linktable_boot_config *cfg)
{
	return linktable_boot_execute(boot, storage, bytes, table, cfg);
}
