/* SPDX-License-Identifier: MIT */
/*
 * src/tool/depgraph.h - the dependency names of decoded init steps resolved
 * to step indexes (hard, order-only and soft), for drawing edges, and the
 * subarchs worth a column.  What happens to a step - runs, unsupported,
 * broken and why - is the core's verdict (verdicts.h), never decided here.
 */
#ifndef LINKTABLE_TOOL_DEPGRAPH_H
#define LINKTABLE_TOOL_DEPGRAPH_H

#include "steps.h"

#define DEP_MISSING SIZE_MAX /* a dependency name that no step has */

/** The kinds of dependency edge, in the order a step lists them. */
enum dep_kind { DEP_HARD, DEP_AFTER, DEP_SOFT, DEP_KINDS };

/**
 * struct depgraph - resolved dependencies.
 * @set:      the steps.
 * @dep:      per kind, per step, the step index of each dependency
 *            (DEP_MISSING if the name is unknown), parallel to the step's
 *            depends / after / soft_depends.
 * @subarchs: the subarchs worth showing: the boot protocol's five and any
 *            other bit some step names.
 * @ids:      the storage of every @dep list.
 */
struct depgraph {
	const struct step_set *set;
	size_t **dep[DEP_KINDS];
	uint32_t subarchs;
	size_t *ids;
};

/**
 * depgraph_build() - resolve names.
 * @g: filled in; release with depgraph_free().  @set: the steps.
 */
void depgraph_build(struct depgraph *g, const struct step_set *set);

/** depgraph_free() - release @g. @g: the graph. */
void depgraph_free(struct depgraph *g);

/**
 * dep_names() - step @i's dependency names of kind @k and their number.
 * @s: the step.  @k: the kind.  @n: set to the count.
 */
const char **dep_names(const struct step *s, enum dep_kind k, size_t *n);

/** dep_kind_name() - "hard", "after" or "soft". @k: the kind. */
const char *dep_kind_name(enum dep_kind k);

#endif /* LINKTABLE_TOOL_DEPGRAPH_H */
