/* SPDX-License-Identifier: MIT */
/*
 * src/tool/depgraph.h - the dependency graph of decoded init steps, its
 * strongly connected components (cycles), and the per-subarch picture that
 * "graph" and "matrix" draw: which steps run, which are unsupported, and
 * which a dependency breaks.  The rules themselves ("check", "plan") are
 * the core planner's (core_plan.h).
 * Everything is O((n + e) log n) so 100k steps stay fast.
 */
#ifndef LINKTABLE_TOOL_DEPGRAPH_H
#define LINKTABLE_TOOL_DEPGRAPH_H

#include "steps.h"

struct name_key;

#define DEP_MISSING SIZE_MAX /* a dependency name that no step has */

/**
 * struct depgraph - resolved dependencies.
 * @set:       the steps.
 * @hard:      per step, the step index of each hard dependency (DEP_MISSING
 *             if the name is unknown), parallel to step.depends.
 * @soft:      the same for soft dependencies.
 * @scc:       per step, its component number; components are numbered so
 *             that a step's dependencies are in components <= its own.
 * @scc_order: steps ordered by component (dependencies first).
 * @cyclic:    per step, whether it is on a dependency cycle.
 * @subarchs:  the subarchs worth showing: the boot protocol's five and any
 *             other bit some step sets.
 */
struct depgraph {
	const struct step_set *set;
	size_t **hard;
	size_t **soft;
	size_t *scc;
	size_t *scc_order;
	unsigned char *cyclic;
	uint32_t subarchs;
	struct name_key *names; /* steps sorted by name, for lookups */
};

/**
 * depgraph_build() - resolve names and find cycles.
 * @g: filled in; release with depgraph_free().  @set: the steps.
 */
void depgraph_build(struct depgraph *g, const struct step_set *set);

/** depgraph_free() - release @g. @g: the graph. */
void depgraph_free(struct depgraph *g);

enum plan_state { PLAN_RUNS, PLAN_UNSUPPORTED, PLAN_BROKEN };
enum plan_why {
	WHY_NONE,
	WHY_MISSING,         /* hard dependency name @dep_name unknown */
	WHY_DEP_UNSUPPORTED, /* hard dependency @dep does not support the subarch */
	WHY_DEP_BROKEN,      /* hard dependency @dep is itself broken */
	WHY_CYCLE,           /* the step is on a dependency cycle */
};

/**
 * struct plan_cell - what happens to one step on one subarch.
 * @state:    runs, unsupported or broken.
 * @why:      for broken steps, the reason.
 * @dep:      the dependency that breaks it (WHY_DEP_*).
 * @dep_name: the unknown name (WHY_MISSING).
 */
struct plan_cell {
	enum plan_state state;
	enum plan_why why;
	size_t dep;
	const char *dep_name;
};

/**
 * depgraph_plan() - the plan of every step on @subarch.
 * @g: the graph.  @subarch: 0..31.  @cells: one per step, filled in.
 */
void depgraph_plan(const struct depgraph *g, unsigned int subarch, struct plan_cell *cells);

/**
 * plan_reason() - a short human reason for a broken cell ("needs x,
 * unsupported here"), in @buf (at least 600 bytes).
 * @g: graph.  @c: the cell.  @buf: output.
 */
const char *plan_reason(const struct depgraph *g, const struct plan_cell *c, char *buf);

#endif /* LINKTABLE_TOOL_DEPGRAPH_H */
