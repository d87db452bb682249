/* SPDX-License-Identifier: MIT */
/*
 * The planner with malloc(): the core's linktable_plan_make() in storage
 * sized by linktable_plan_bytes(), and the plan printed to a FILE *.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "../core/plan_internal.h"

/* The plan and its storage in one block, freed as one. */
struct owned_plan {
	struct linktable_plan plan;
	_Alignas(16) unsigned char storage[];
};

static struct owned_plan *alloc_plan(size_t bytes)
{
	size_t size = (sizeof(struct owned_plan) + bytes + 15) & ~(size_t)15;
	struct owned_plan *o = malloc(size);

	/* malloc() already aligns to 16 bytes on the usual 64-bit ABIs, and
	 * costs less than aligned_alloc() (a third of a 10-step plan's
	 * allocation); aligned_alloc() where it does not. */
	if (o && ((uintptr_t)o & 15)) {
		free(o);
		o = aligned_alloc(16, size);
	}
	return o;
}

long linktable_plan_build(const struct linktable_init_step *const *steps, size_t n, unsigned int subarch,
			  const struct linktable_plan_options *opts, struct linktable_plan **out)
{
	struct owned_plan *o;
	size_t i, e = 0, bytes;
	long r;

	*out = NULL;
	for (i = 0; i < n; i++)
		e += linktable__step_dep_count(steps[i]);
	bytes = linktable_plan_bytes(n, e, opts);
	o = alloc_plan(bytes);
	if (!o)
		return -1;
	r = linktable__plan_make(&o->plan, o->storage, bytes, steps, n, subarch, opts, 0, e);
	if (r < 0) {
		free(o);
		return -1;
	}
	*out = &o->plan;
	return r;
}

long linktable_plan_build_table(const struct linktable_bounds *table, unsigned int subarch,
				const struct linktable_plan_options *opts, struct linktable_plan **out)
{
	size_t bytes = linktable_plan_table_bytes(table, opts);
	struct owned_plan *o = alloc_plan(bytes);
	long r;

	*out = NULL;
	if (!o)
		return -1;
	r = linktable_plan_make_table(&o->plan, o->storage, bytes, table, subarch, opts);
	if (r < 0) {
		free(o);
		return -1;
	}
	*out = &o->plan;
	return r;
}

void linktable_plan_free(struct linktable_plan *plan)
{
	free(plan); /* the plan is the first member of its owned block */
}

static void file_write(void *ctx, const char *text, size_t len)
{
	fwrite(text, 1, len, ctx);
}

void linktable_plan_print(const struct linktable_plan *plan, void *file)
{
	struct linktable_env env = { 0 };

	env.write = file_write;
	env.ctx = file;
	linktable_plan_write(plan, &env);
}
