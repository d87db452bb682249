/* SPDX-License-Identifier: MIT */
/*
 * src/tool/commands.h - the subcommands and the helpers they share.  Image
 * commands get an opened image, so the fuzz harness can drive them on a
 * buffer; each returns an exit code (tool.h) and writes to @out.
 */
#ifndef LINKTABLE_TOOL_COMMANDS_H
#define LINKTABLE_TOOL_COMMANDS_H

#include "depgraph.h"
#include "escape.h"
#include "json.h"
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
 * struct init_view - an image's init steps and their graph (both empty when
 * the image has no init table).
 */
struct init_view {
	struct step_set set;
	struct depgraph graph;
};

/**
 * init_view_load() - decode the init steps of @img and build their graph.
 * @img: the image.  @file: its name, for messages.
 * @v: filled in; release with init_view_free().
 * Return: 0, or -1 after printing why the steps do not decode.
 */
int init_view_load(const struct image *img, const char *file, struct init_view *v);

/** init_view_free() - release @v. @v: the view. */
void init_view_free(struct init_view *v);

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

/** phase_name() - "early_init", "setup_arch", "late_init" or "phaseN". @p: phase. @buf: 16 bytes. */
const char *phase_name(int p, char *buf);

/** plan_state_name() - "runs", "unsupported" or "broken". @s: state. */
const char *plan_state_name(enum plan_state s);

#endif /* LINKTABLE_TOOL_COMMANDS_H */
