/* SPDX-License-Identifier: MIT */
/*
 * Private helpers of the init planner and runner.
 */
#ifndef LINKTABLE_SRC_PLAN_INTERNAL_H
#define LINKTABLE_SRC_PLAN_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include <linktable/init.h>

/* Name -> step id, open addressing; built once per plan. */
struct plan_index {
	size_t mask;    /* slots - 1, slots a power of two >= 2n */
	uint64_t *slot; /* hash tag and step id + 1, or 0 */
	const struct linktable_init_step **steps;
};

int plan_index_init(struct plan_index *ix, const struct linktable_init_step **steps, size_t n);
/* Inserts @id; returns -1, or the id already holding that name. */
long plan_index_add(struct plan_index *ix, size_t id);
long plan_index_find(const struct plan_index *ix, const char *name);
void plan_index_free(struct plan_index *ix);

/* Orders plan->steps (dependencies resolved) into plan->order, dropping
 * unsupported steps; reports cycles.  Returns -1 when out of memory. */
int plan_order_steps(struct linktable_plan *plan);

/* The linked table's steps as a malloc'ed pointer array (NULL: no memory). */
const struct linktable_init_step **plan_collect_table(const struct linktable_bounds *table, size_t *n);

/* Adds a formatted message to the plan's errors (the count always grows). */
__attribute__((format(printf, 2, 3))) void plan_error(struct linktable_plan *plan, const char *fmt, ...);

/* The name of @phase in @plan's phase set. */
const char *plan_phase_name(const struct linktable_plan *plan, unsigned int phase);

/* "pc, xen" for a mask, into @buf. */
const char *plan_mask_names(linktable_subarch_mask_t mask, char *buf, size_t size);

#endif
