/* SPDX-License-Identifier: MIT */
/*
 * src/tool/rules.h - the rules "linktable check" enforces, as a table of
 * functions over the decoded image and steps.  Adding a rule is one function
 * and one line in the table in rules.c.
 */
#ifndef LINKTABLE_TOOL_RULES_H
#define LINKTABLE_TOOL_RULES_H

#include "depgraph.h"

/**
 * struct rule_ctx - what a rule may look at.
 * @img:   the image (sections, ranges, tables, symbols, relocations).
 * @steps: the decoded init steps (empty when there is no init table).
 * @graph: their dependency graph.
 * @linked_plan: check a build-time plan linked into the image and its seal
 *         ("check" does; "plan", run on the first link, has none to check).
 */
struct rule_ctx {
	const struct image *img;
	const struct step_set *steps;
	const struct depgraph *graph;
	int linked_plan;
};

/** struct finding - one broken rule: which rule, and the message. */
struct finding {
	const char *rule;
	char *message;
};

/** struct findings - what the rules found, in order. */
struct findings {
	struct finding *v;
	size_t n;
};

/**
 * finding_add() - record a broken rule.
 * @f: the list.  @rule: the rule's name.  @fmt: printf format of the message.
 */
void finding_add(struct findings *f, const char *rule, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/** struct rule - one rule: @name, a one-line @summary, and the check @run. */
struct rule {
	const char *name;
	const char *summary;
	void (*run)(const struct rule_ctx *ctx, struct findings *out);
};

/** rules - every rule, in the order check runs them; @nrules of them. */
extern const struct rule rules[];
extern const size_t nrules;

/**
 * rules_run() - run every rule.
 * @ctx: what to check.  @out: findings, appended; free with findings_free().
 */
void rules_run(const struct rule_ctx *ctx, struct findings *out);

/** findings_free() - release @f. @f: the list. */
void findings_free(struct findings *f);

/**
 * table_layout_problem() - the first gap or misalignment in table @t, in
 * @buf (at least 512 bytes), or NULL when the table is laid out right.
 * @img: the image.  @t: the table.  @buf: output.
 */
const char *table_layout_problem(const struct image *img, const struct img_table *t, char *buf);

#endif /* LINKTABLE_TOOL_RULES_H */
