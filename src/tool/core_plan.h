/* SPDX-License-Identifier: MIT */
/*
 * src/tool/core_plan.h - decoded init steps handed to the library's core
 * planner (liblinktable-core.a), so that "linktable check", "linktable plan"
 * and the boot apply one rule set and word it alike.
 */
#ifndef LINKTABLE_TOOL_CORE_PLAN_H
#define LINKTABLE_TOOL_CORE_PLAN_H

#include "steps.h"

#include <linktable/plan.h>

/**
 * struct core_plan - one subarch's plan of an image's steps.
 * @plan:    the core's plan (steps in the image's iteration order).
 * @steps:   the decoded steps as struct linktable_init_step (callbacks hold
 *           link-time addresses: never call them).
 * @ptrs:    pointers to @steps, the planner's input.
 * @lists:   the NULL-terminated dependency name lists.
 * @storage: the plan's storage.
 */
struct core_plan {
	struct linktable_plan plan;
	struct linktable_init_step *steps;
	const struct linktable_init_step **ptrs;
	const char **lists;
	void *storage;
};

/**
 * core_plan_make() - plan @set for @subarch with the core planner, keeping
 * every error record.  The release rule applies when @img records a release
 * phase (a callback at or after it in init_text is refused).
 * @img: the image.  @set: its decoded steps.  @subarch: 0..31.
 * @cp: filled in; release with core_plan_free().
 * Return: the number of errors.
 */
long core_plan_make(const struct image *img, const struct step_set *set, unsigned int subarch, struct core_plan *cp);

/** core_plan_free() - release @cp. @cp: the plan. */
void core_plan_free(struct core_plan *cp);

#endif /* LINKTABLE_TOOL_CORE_PLAN_H */
