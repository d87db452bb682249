/* SPDX-License-Identifier: MIT */
/*
 * src/tool/commands.h - the subcommands and the helpers they share.  Image
 * commands get an opened image, so the fuzz harness can drive them on a
 * buffer; each returns an exit code (tool.h) and writes to @out.
 */
#ifndef LINKTABLE_TOOL_COMMANDS_H
#define LINKTABLE_TOOL_COMMANDS_H

#include "core_plan.h"
#include "depgraph.h"
#include "escape.h"
#include "json.h"
#include "rules.h"
#include "tool.h"

/**
 * cmd_list() - "linktable list"; cmd_show(), cmd_check(), cmd_graph() and
 * cmd_matrix() are the other image commands, with the same arguments.
 * @img: the opened image.  @o: the parsed options.  @out: where to write.
 * Return: EXIT_CLEAN, EXIT_RULES (check only) or EXIT_BAD_INPUT.
 */
int cmd_list(const struct image *img, const struct tool_opts *o, FILE *out);
int cmd_show(const struct image *img, const struct tool_opts *o, FILE *out);
int cmd_check(const struct image *img, const struct tool_opts *o, FILE *out);
int cmd_graph(const struct image *img, const struct tool_opts *o, FILE *out);
int cmd_matrix(const struct image *img, const struct tool_opts *o, FILE *out);
int cmd_plan(const struct image *img, const struct tool_opts *o, FILE *out);

/**
 * struct seal_site - what "linktable seal" found in an image.
 * @fingerprint:       the build-time plan's fingerprint.
 * @seal:              its seal field as the file holds it (0: unsealed).
 * @plan_steps:        the steps it was planned for.
 * @table_fingerprint: the fingerprint of the image's init table.
 * @table_steps:       its steps.
 * @expected:          the seal this plan and table get.
 * @offset:            where the seal field is in the file.
 * @bytes:             @expected in the image's byte order.
 */
struct seal_site {
	uint64_t fingerprint;
	uint64_t seal;
	uint64_t plan_steps;
	uint64_t table_fingerprint;
	uint64_t table_steps;
	uint64_t expected;
	uint64_t offset;
	unsigned char bytes[8];
};

/**
 * seal_locate() - check an image's build-time plan against its init table
 * and find where its seal goes (nothing is written: cmd_seal() does that).
 * @img: an image opened with IMAGE_ALL.  @file: its name, for messages.
 * @site: filled in.
 * Return: EXIT_CLEAN; EXIT_RULES when the plan does not match or its seal
 * is wrong; EXIT_BAD_INPUT when there is no plan or it cannot be patched.
 */
int seal_locate(const struct image *img, const char *file, struct seal_site *site);

/**
 * prebuilt_check() - seal_locate()'s checks, for "check" too: the image's
 * build-time plan is exactly what "linktable plan" makes of its init table
 * (fingerprint, every count, dependency list and order), and its seal, if
 * set, is linktable_plan_seal() of the plan's digest.
 * @img: the image.  @set: its steps.  @g: their graph.  @site: filled in.
 * @msg: why not, in words.  @len: its size.
 * Return: EXIT_CLEAN; EXIT_RULES when the plan or its seal is wrong;
 * EXIT_BAD_INPUT when it cannot be read or patched; 3 when no plan is
 * linked in.
 */
int prebuilt_check(const struct image *img, const struct step_set *set, const struct depgraph *g,
		   struct seal_site *site, char *msg, size_t len);

/**
 * cmd_seal() - "linktable seal": seal_locate() on @o->file, then the seal
 * written into the file in place (a regular file only).
 * @o: the parsed options.  @out: where to report.
 * Return: as seal_locate(), or EXIT_BAD_INPUT when the file cannot be written.
 */
int cmd_seal(const struct tool_opts *o, FILE *out);

/**
 * cmd_bootparams() - "linktable bootparams"; cmd_bzimage() likewise: the
 * boot protocol commands work on the file's bytes.
 * @buf: the bytes.  @len: their number.  @o: options.  @out: where to write.
 * Return: EXIT_CLEAN or EXIT_BAD_INPUT.
 */
int cmd_bootparams(const unsigned char *buf, size_t len, const struct tool_opts *o, FILE *out);
int cmd_bzimage(const unsigned char *buf, size_t len, const struct tool_opts *o, FILE *out);

/**
 * struct init_view - an image's init steps, their graph, the core's plan of
 * them, every rule's findings and every step's verdict on every shown
 * subarch: decided once, printed by every command (check, plan, matrix,
 * graph, show) alike.
 * @img:      the image.
 * @file:     its name, for messages.
 * @set:      the decoded steps (empty when there is no init table).
 * @graph:    their resolved dependencies; @graph.subarchs the columns shown.
 * @plan:     the core planner's plan.
 * @findings: what every rule found, in check's order.
 * @cells:    verdicts: @cells[column * n + step], a column per shown subarch.
 * @nbroken:  broken cells.
 * @nwarnings: findings of severity warning (the rest are errors).
 */
struct init_view {
	const struct image *img;
	const char *file;
	struct step_set set;
	struct depgraph graph;
	struct core_plan plan;
	struct findings findings;
	struct linktable_verdict *cells;
	size_t nbroken;
	size_t nwarnings;
};

/**
 * init_view_load_with() - decode the init steps of @img, run every rule and
 * decide every verdict.
 * @img: the image.  @file: its name, for messages.
 * @extra: subarchs to give a column even if no step names them.
 * @how: VIEW_LINKED_PLAN: also check a build-time plan linked into @img and
 *     its seal (rule prebuilt-plan: "check" does; "plan" runs on the first
 *     link).  VIEW_COUNT_ONLY: keep only @nbroken, not each step's verdict
 *     (@cells NULL, view_verdict() NULL): one column's storage is reused
 *     for every subarch ("check" prints findings and counts, no verdicts).
 * @v: filled in; release with init_view_free().
 * Return: 0, or -1 after printing why the steps do not decode.
 */
#define VIEW_LINKED_PLAN 1
#define VIEW_COUNT_ONLY 2
int init_view_load_with(const struct image *img, const char *file, uint32_t extra, int how, struct init_view *v);

/** init_view_load() - init_view_load_with() with no extra subarch, no linked plan. */
int init_view_load(const struct image *img, const char *file, struct init_view *v);

/** init_view_free() - release @v. @v: the view. */
void init_view_free(struct init_view *v);

/**
 * view_verdict() - step @i's verdict on @subarch (a shown one).
 * @v: the view.  @subarch: 0..31.  @i: the step.
 */
const struct linktable_verdict *view_verdict(const struct init_view *v, unsigned int subarch, size_t i);

/**
 * view_reason() - why step @i has its verdict on @subarch, in @buf.
 * @v: the view.  @subarch: the subarch.  @i: the step.  @buf: output.  @size: its size.
 */
const char *view_reason(const struct init_view *v, unsigned int subarch, size_t i, char *buf, size_t size);

/**
 * view_exit() - the exit status every image command gives @v: EXIT_RULES
 * when a rule of severity error is broken (a step broken somewhere, or the
 * image), or under --werror one of severity warning; else EXIT_CLEAN.
 * @v: the view.
 */
int view_exit(const struct init_view *v);

/**
 * view_errors() - the findings that count as errors: those of severity
 * error, and under --werror the warnings too.
 * @v: the view.
 */
size_t view_errors(const struct init_view *v);

/**
 * finding_severity() - the severity @f is printed with: its rule's, from
 * the core's rule table (linktable_rule_severity()).
 * @f: the finding.
 */
unsigned int finding_severity(const struct finding *f);

/**
 * finding_print() - @f as a compiler diagnostic, "FILE:LINE: error:
 * MESSAGE [RULE]" or "warning:" by its rule's severity (FILE:LINE the
 * step's source, else the image), escaped.
 * @v: the view.  @f: the finding.  @out: where.
 */
void finding_print(const struct init_view *v, const struct finding *f, FILE *out);

/**
 * finding_json() - @f as a JSON object: severity, rule, file, line, step,
 * message.
 * @v: the view.  @f: the finding.  @j: the writer.
 */
void finding_json(const struct init_view *v, const struct finding *f, struct json *j);

/**
 * subarch_list() - the names of the subarchs in @mask, comma-separated, in
 * @buf (at least 512 bytes); "none" for an empty mask.
 * @mask: subarch mask.  @buf: output.
 */
const char *subarch_list(uint32_t mask, char *buf);

/**
 * json_begin() - start a command's JSON document: the top-level object with
 * "schema": "linktable-@command/1" (bumped on incompatible change) and "file".
 * @j: writer.  @out: stream.  @command: subcommand name.  @file: its input.
 */
void json_begin(struct json *j, FILE *out, const char *command, const char *file);

/** json_subarchs() - @mask as an array of names. @j: writer. @key: name. @mask: subarchs. */
void json_subarchs(struct json *j, const char *key, uint32_t mask);

/** json_names() - an array of strings. @j: writer. @key: name. @v: strings. @n: count. */
void json_names(struct json *j, const char *key, const char *const *v, size_t n);

/** kind_name() - "plain", "init", "relative" or "array" for a table kind. @kind: LINKTABLE_KIND_*. */
const char *kind_name(uint32_t kind);


#endif /* LINKTABLE_TOOL_COMMANDS_H */
