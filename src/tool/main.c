/* SPDX-License-Identifier: MIT */
/*
 * src/tool/main.c - the linktable command: option parsing, usage, dispatch.
 */
#include "commands.h"

#include <stdlib.h>
#include <string.h>

#define DEFAULT_BOOT_PARAMS "/sys/kernel/boot_params/data"

#ifndef LINKTABLE_VERSION
#define LINKTABLE_VERSION "0.1.0"
#endif

/* Most images one "check" takes. */
#define MAX_IMAGES 4096

enum input { IN_IMAGE, IN_BYTES, IN_PATH /* opens the file itself (to patch it) */ };

/* Files larger than these cannot be what the command decodes: refused
 * before reading (a zero page is 4 KiB, kernels are tens of MiB). */
#define ZERO_PAGE_MAX (1u << 16)
#define BZIMAGE_MAX (1u << 28)

/**
 * struct command - one subcommand: its @name, @args synopsis, @summary,
 * operand counts, whether it takes graph's options, what it reads of an
 * image, and its function.
 */
struct command {
	const char *name;
	const char *args;
	const char *summary;
	int min_operands, max_operands;
	int graph_options;        /* --subarch, --format */
	int check_options;        /* --allow-empty, several BINARY operands */
	enum input input;
	unsigned int image_parts; /* IMAGE_* the command reads */
	int (*image_fn)(const struct image *, const struct tool_opts *, FILE *);
	int (*bytes_fn)(const unsigned char *, size_t, const struct tool_opts *, FILE *);
	int (*path_fn)(const struct tool_opts *, FILE *);
	uint64_t max_bytes;       /* IN_BYTES: larger files are refused unread */
};

static const struct command commands[] = {
	{ "list", "BINARY", "every table: name, type, entry size, count, bytes, layout problems", 1, 1, 0, 0, IN_IMAGE, 0, cmd_list, NULL, NULL, 0 },
	{ "show", "BINARY TABLE [--werror]", "a table's entries in iteration order (init steps decoded with their verdicts); exit 1 if it shows a broken step", 2, 2, 0, 0, IN_IMAGE, IMAGE_ALL, cmd_show, NULL, NULL, 0 },
	{ "check", "BINARY... [--allow-empty] [--werror]", "check the init rules and table layout of each image; exit 1 if a rule is broken", 1, MAX_IMAGES, 0, 1, IN_IMAGE, IMAGE_ALL, cmd_check, NULL, NULL, 0 },
	{ "graph", "BINARY [--subarch S] [--format dot|json] [--werror]", "the init dependency map (DOT for dot -Tsvg, or JSON); exit 1 if a rule is broken", 1, 1, 1, 0, IN_IMAGE, IMAGE_RELOCS, cmd_graph, NULL, NULL, 0 },
	{ "matrix", "BINARY [--werror]", "init steps x subarchs: runs, unsupported, broken or refused; exit 1 if a rule is broken", 1, 1, 0, 0, IN_IMAGE, IMAGE_RELOCS, cmd_matrix, NULL, NULL, 0 },
	{ "plan", "BINARY [--werror]", "every subarch's init plan as C for a second link; exit 1 if a rule is broken", 1, 1, 0, 0, IN_IMAGE, IMAGE_RELOCS, cmd_plan, NULL, NULL, 0 },
	{ "seal", "BINARY", "after the second link: check the build-time plan matches the image, seal it in place", 1, 1, 0, 0, IN_PATH, 0, NULL, NULL, cmd_seal, 0 },
	{ "bootparams", "[FILE]", "decode a boot_params zero page (default " DEFAULT_BOOT_PARAMS ")", 0, 1, 0, 0, IN_BYTES, 0, NULL, cmd_bootparams, NULL, ZERO_PAGE_MAX },
	{ "bzimage", "FILE", "decode a Linux bzImage's setup header", 1, 1, 0, 0, IN_BYTES, 0, NULL, cmd_bzimage, NULL, BZIMAGE_MAX },
};
#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *f)
{
	fprintf(f, "usage: linktable COMMAND [--json] ARGS...\n\n"
		   "Inspect the linker tables and init steps of an ELF image (any machine), and the\n"
		   "x86 boot protocol headers.\n\ncommands:\n");
	for (size_t i = 0; i < NCOMMANDS; i++)
		fprintf(f, "  %-11s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\nlinktable COMMAND --help for details; man linktable for the JSON schemas.\n"
		   "exit status: 0 clean; 1 a rule is broken (check, plan, matrix, graph, show: the same\n"
		   "verdict), or seal found a stale plan; 2 bad usage or unreadable input.  Warnings\n"
		   "(FILE:LINE: warning: ...) leave the status 0 unless --werror is given.\n");
}

/* Whether a command reports the rules' findings (and takes --werror). */
static int findings_of(const struct command *c)
{
	return c->input == IN_IMAGE && (c->image_parts != 0 || c->check_options);
}

/* What a command's exit status means (the man page's EXIT STATUS says the same). */
static const char *exits_of(const struct command *c)
{
	if (c->input == IN_PATH)
		return "0 sealed (or already sealed), 1 the plan does not match the image, 2 bad usage or unreadable input";
	if (c->image_parts != 0 || c->check_options)
		return "0 clean, 1 a rule is broken (the verdict check, plan, matrix, graph and show share; "
		       "with --werror, also a warning), 2 bad usage or unreadable input";
	return "0 done, 2 bad usage or unreadable input";
}

static void command_usage(const struct command *c, FILE *f)
{
	fprintf(f, "usage: linktable %s [--json] %s\n\n%s.\n\noptions:\n  --json      machine-readable output (schema: man linktable)\n",
		c->name, c->args, c->summary);
	if (c->graph_options)
		fprintf(f, "  --subarch S colour steps by what happens on subarch S (%s,\n"
			   "              or a number 0..31)\n"
			   "  --format F  dot (default) or json\n", LINKTABLE_SUBARCH_NAMES);
	if (c->check_options)
		fprintf(f, "  --allow-empty  an image with no linktable tables passes (else it is an error)\n");
	if (findings_of(c)) {
		/* the warnings' words from the core's rule table */
		fputs("  --werror    warnings (", f);
		for (unsigned int r = 0, k = 0; r < LINKTABLE_RULES; r++)
			if (linktable_rule_severity(r) == LINKTABLE_SEVERITY_WARNING)
				fprintf(f, "%s%s", k++ ? ", " : "", linktable_rule_name(r));
		fputs(")\n              make the exit status 1, as errors do\n", f);
	}
	fprintf(f, "  --help      this text\n\nexit status: %s\n", exits_of(c));
}

/* Under --json or --format json (seen anywhere before "--"), an error is a JSON document on
 * stdout too, so that a program reading stdout always gets one document:
 * { "schema": "linktable-error/1", "command", "file", "exit", "errors" }. */
static int json_wanted(int argc, char **argv)
{
	for (int i = 0; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--json") || (!strcmp(argv[i], "--format") && i + 1 < argc && !strcmp(argv[i + 1], "json")))
			return 1;
	return 0;
}

static void error_document(FILE *f, const char *command, const char *file, int code, size_t first)
{
	struct json j;

	json_init(&j, f);
	json_obj(&j, NULL);
	json_str(&j, "schema", "linktable-error/1");
	json_str(&j, "command", command);
	json_str(&j, "file", file);
	json_u64(&j, "exit", (uint64_t)code);
	json_arr(&j, "errors");
	for (size_t i = first; i < tool_nerrors; i++)
		json_str(&j, NULL, tool_errors[i]);
	json_end(&j);
	json_end(&j);
}

static int usage_error(const struct command *c, const char *fmt, const char *arg)
{
	char msg[4096];

	snprintf(msg, sizeof(msg), fmt, arg);
	/* the operand or option is the user's: escaped like any message */
	tool_error("%s%s%s", c ? c->name : "", c ? ": " : "", msg);
	fprintf(stderr, "(linktable %s%s--help for usage)\n", c ? c->name : "", c ? " " : "");
	if (c)
		fprintf(stderr, "usage: linktable %s [--json] %s\n", c->name, c->args);
	if (tool_collect_errors)
		error_document(stdout, c ? c->name : NULL, NULL, EXIT_BAD_INPUT, 0);
	return EXIT_BAD_INPUT;
}

/* Options and operands may be mixed; "--" ends options. */
static int parse(const struct command *c, int argc, char **argv, struct tool_opts *o)
{
	static char *operands[MAX_IMAGES];
	int n = 0, only_operands = 0;

	memset(o, 0, sizeof(*o));
	o->subarch = -1;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];

		if (only_operands || a[0] != '-' || !a[1]) {
			if (n == c->max_operands)
				return usage_error(c, "unexpected operand \"%s\"", a);
			operands[n++] = argv[i];
		} else if (!strcmp(a, "--")) {
			only_operands = 1;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			command_usage(c, stdout);
			return -1;
		} else if (!strcmp(a, "--json")) {
			o->json = 1;
		} else if (c->check_options && !strcmp(a, "--allow-empty")) {
			o->allow_empty = 1;
		} else if (findings_of(c) && !strcmp(a, "--werror")) {
			tool_werror = 1;
		} else if (c->graph_options && !strcmp(a, "--subarch")) {
			if (i + 1 == argc)
				return usage_error(c, "%s needs a subarch name", a);
			o->subarch = subarch_parse(argv[++i]);
			if (o->subarch < 0) {
				char what[4096];

				snprintf(what, sizeof(what), "unknown subarch \"%s\" (%s or 0..31)", argv[i],
					 LINKTABLE_SUBARCH_NAMES);
				return usage_error(c, "%s", what);
			}
		} else if (c->graph_options && !strcmp(a, "--format")) {
			if (i + 1 == argc)
				return usage_error(c, "%s needs dot or json", a);
			o->format = argv[++i];
			if (strcmp(o->format, "dot") && strcmp(o->format, "json"))
				return usage_error(c, "unknown format \"%s\" (dot or json)", o->format);
		} else {
			return usage_error(c, "unknown option \"%s\"", a);
		}
	}
	if (n < c->min_operands)
		return usage_error(c, "missing operand%s", "");
	o->file = n > 0 ? operands[0] : DEFAULT_BOOT_PARAMS;
	o->table = n > 1 ? operands[1] : NULL;
	o->files = operands;
	o->nfiles = c->check_options ? n : 1; /* others: one image, then other operands */
	return 0;
}

static int run_on(const struct command *c, const struct tool_opts *o, FILE *out)
{
	char err[512];
	int rc;

	if (c->input == IN_PATH) {
		rc = c->path_fn(o, out);
	} else if (c->input == IN_BYTES) {
		size_t len;
		unsigned char *buf = read_whole_file(o->file, c->max_bytes, &len, err, sizeof(err));

		if (!buf) {
			tool_error("%s: %s", o->file, err);
			return EXIT_BAD_INPUT;
		}
		rc = c->bytes_fn(buf, len, o, out);
		free(buf);
	} else {
		struct image img;

		if (image_open(&img, o->file, c->image_parts, err, sizeof(err)) != 0) {
			tool_error("%s: %s", o->file, err);
			return EXIT_BAD_INPUT;
		}
		rc = c->image_fn(&img, o, out);
		image_close(&img);
	}
	return rc;
}

/* One document on @out whatever happens when errors are collected (--json):
 * the command's, or, when it reported an error, the error document instead
 * of what it had written so far. */
static int run_doc(const struct command *c, const struct tool_opts *o, FILE *out)
{
	size_t first = tool_nerrors, len = 0;
	char *doc = NULL;
	FILE *mem;
	int rc;

	if (!tool_collect_errors)
		return run_on(c, o, out);
	mem = open_memstream(&doc, &len);
	if (!mem) {
		tool_error("out of memory");
		return EXIT_BAD_INPUT;
	}
	rc = run_on(c, o, mem);
	fclose(mem);
	if (rc != EXIT_CLEAN && tool_nerrors > first)
		error_document(out, c->name, o->file, rc, first);
	else
		fwrite(doc, 1, len, out);
	free(doc);
	return rc;
}

/* Each image in turn (check takes several: its status is the worst); under
 * --json an array of their documents, an image that cannot be read in its
 * place as an error document. */
static int run_images(const struct command *c, const struct tool_opts *o)
{
	int rc = EXIT_CLEAN;

	if (o->json)
		fputs("[\n", stdout);
	for (int i = 0; i < o->nfiles; i++) {
		struct tool_opts one = *o;
		int r;

		one.file = o->files[i];
		if (o->json && i)
			fputs(",\n", stdout);
		r = run_doc(c, &one, stdout);
		rc = r > rc ? r : rc;
	}
	if (o->json)
		fputs("]\n", stdout);
	return rc;
}

static int run(const struct command *c, const struct tool_opts *o)
{
	int rc = c->input == IN_IMAGE && o->nfiles > 1 ? run_images(c, o) : run_doc(c, o, stdout);

	if (fflush(stdout) != 0 || ferror(stdout)) {
		tool_error("error writing output");
		return EXIT_BAD_INPUT;
	}
	return rc;
}

static int dispatch(int argc, char **argv)
{
	struct tool_opts o;

	if (argc < 2) {
		usage(stderr);
		return EXIT_BAD_INPUT;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("linktable %s\n", LINKTABLE_VERSION);
		return EXIT_CLEAN;
	}
	tool_collect_errors = json_wanted(argc - 1, argv + 1);
	for (size_t i = 0; i < NCOMMANDS; i++) {
		if (strcmp(argv[1], commands[i].name) != 0)
			continue;
		switch (parse(&commands[i], argc - 2, argv + 2, &o)) {
		case 0:
			return run(&commands[i], &o);
		case -1:
			return EXIT_CLEAN; /* --help */
		default:
			return EXIT_BAD_INPUT;
		}
	}
	return usage_error(NULL, "unknown command \"%s\"", argv[1]);
}

int main(int argc, char **argv)
{
	FILE *real_out = stdout, *real_err = stderr;
	int rc;

	/* Every byte goes through the last escaping layer (escape.h). */
	stdout = safe_stream(real_out);
	stderr = safe_stream(real_err);
	setvbuf(stderr, NULL, _IONBF, 0);
	rc = dispatch(argc, argv);
	fclose(stdout);
	stdout = real_out;
	fclose(stderr);
	stderr = real_err;
	if (fflush(real_out) != 0 || ferror(real_out)) {
		fputs("linktable: error writing output\n", stderr);
		rc = rc ? rc : EXIT_BAD_INPUT;
	}
	return rc;
}
