/* SPDX-License-Identifier: MIT */
/*
 * The machine-readable record of a boot: decision, plan, trace, results,
 * summary - one JSON document.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linktable/internal/utf8.h>

#include "../core/boot_internal.h"

/* Valid UTF-8 whatever @s holds: messages are cut to fixed sizes, maybe
 * inside a character, and names are the program's bytes.  A byte that is
 * not UTF-8 becomes the text \xNN. */
static void jstr(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', f);
	while (p && *p) {
		unsigned long c;
		size_t len = linktable_utf8_char(p, strnlen((const char *)p, 4), &c);

		if (len == 0)
			fprintf(f, "\\\\x%02x", *p);
		else if (c == '"' || c == '\\')
			fprintf(f, "\\%c", (int)c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20 || c == 0x7f)
			fprintf(f, "\\u%04lx", c);
		else
			fwrite(p, 1, len, f);
		p += len ? len : 1;
	}
	fputc('"', f);
}

static void jmask(FILE *f, linktable_subarch_mask_t mask)
{
	const char *sep = "";
	unsigned int s;

	fputc('[', f);
	for (s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		if (!(mask & (1u << s)))
			continue;
		fputs(sep, f);
		if (linktable_subarch_name(s))
			jstr(f, linktable_subarch_name(s));
		else
			fprintf(f, "\"subarch%u\"", s);
		sep = ", ";
	}
	fputc(']', f);
}

static void write_decision(FILE *f, const struct linktable_boot *b)
{
	fprintf(f, "  \"subarch\": {\"name\": ");
	jstr(f, linktable_subarch_name(b->decision.subarch));
	fprintf(f, ", \"value\": %u, \"source\": ", b->decision.subarch);
	jstr(f, linktable_subarch_source_name(b->decision.source));
	fprintf(f, ", \"reason\": ");
	jstr(f, b->decision.reason);
	fprintf(f, "},\n");
}

static void write_step(FILE *f, const struct linktable_plan *p, size_t id)
{
	const struct linktable_init_step *s = p->steps[id];
	unsigned int bit;
	size_t k;

	fprintf(f, "{\"name\": ");
	jstr(f, s->name);
	fprintf(f, ", \"level\": %u, \"flags\": [", s->level);
	for (k = 0, bit = 1; bit <= LINKTABLE_INIT_FLAGS; bit <<= 1)
		if (s->flags & bit) {
			fprintf(f, "%s", k++ ? ", " : "");
			jstr(f, linktable_flag_name(bit)); /* the words every consumer uses */
		}
	fprintf(f, "], \"subarchs\": ");
	jmask(f, s->subarchs);
	fprintf(f, ", \"depends\": [");
	for (k = p->dep_start[id]; k < p->dep_start[id] + p->dep_nhard[id]; k++) {
		fprintf(f, "%s", k == p->dep_start[id] ? "" : ", ");
		jstr(f, p->steps[p->dep_id[k]]->name);
	}
	fprintf(f, "], \"after\": [");
	for (k = p->dep_start[id] + p->dep_nhard[id]; k < p->dep_start[id] + p->dep_nhard[id] + p->dep_nafter[id]; k++) {
		fprintf(f, "%s", k == p->dep_start[id] + p->dep_nhard[id] ? "" : ", ");
		jstr(f, p->steps[p->dep_id[k]]->name);
	}
	fprintf(f, "], \"soft_depends\": [");
	for (k = p->dep_start[id] + p->dep_nhard[id] + p->dep_nafter[id]; k < p->dep_start[id + 1]; k++) {
		fprintf(f, "%s", k == p->dep_start[id] + p->dep_nhard[id] + p->dep_nafter[id] ? "" : ", ");
		jstr(f, p->steps[p->dep_id[k]]->name);
	}
	fprintf(f, "]}");
}

/* The core's warnings, as "linktable check --json" words its findings. */
static void write_warnings(FILE *f, const struct linktable_plan *p)
{
	size_t n = linktable_plan_warnings(p, NULL, 0), i;
	struct linktable_plan_warning *w = n ? calloc(n, sizeof(*w)) : NULL;
	char text[1024];

	if (!w)
		return; /* none, or out of memory: the document stays whole */
	n = linktable_plan_warnings(p, w, n);
	for (i = 0; i < n; i++) {
		const struct linktable_init_step *s = p->steps[w[i].a];

		linktable_plan_warning_text(p, &w[i], text, sizeof(text));
		fprintf(f, "%s\n      {\"severity\": \"warning\", \"rule\": ", i ? "," : "");
		jstr(f, linktable_rule_name(w[i].rule));
		fprintf(f, ", \"file\": ");
		jstr(f, s->file);
		fprintf(f, ", \"line\": %u, \"step\": ", s->line);
		jstr(f, s->name);
		fprintf(f, ", \"message\": ");
		jstr(f, text);
		fputc('}', f);
	}
	free(w);
}

static void write_plan(FILE *f, const struct linktable_boot *b)
{
	const struct linktable_plan *p = b->plan;
	char why[512];
	size_t i, n = 0;

	fprintf(f, "  \"plan\": {\n    \"order\": [");
	for (i = 0; i < p->norder; i++) {
		fprintf(f, "%s\n      ", i ? "," : "");
		write_step(f, p, p->order[i]);
	}
	fprintf(f, "\n    ],\n    \"dropped\": [");
	for (i = 0; i < p->nsteps; i++) {
		if (!p->dropped[i])
			continue;
		fprintf(f, "%s\n      {\"name\": ", n++ ? "," : "");
		jstr(f, p->steps[i]->name);
		fprintf(f, ", \"reason\": ");
		snprintf(why, sizeof(why), "%s: not supported on subarch %s", p->steps[i]->name,
			 linktable_subarch_name(p->subarch));
		jstr(f, why);
		fputc('}', f);
	}
	fprintf(f, "\n    ],\n    \"errors\": [");
	for (i = 0; i < p->errors_kept; i++) {
		long at = linktable_plan_error_step(p, i);
		char text[1024];

		/* as "linktable check --json" words a finding */
		linktable_plan_error_text(p, i, text, sizeof(text));
		fprintf(f, "%s\n      {\"severity\": \"error\", \"rule\": ", i ? "," : "");
		jstr(f, linktable_plan_error_rule(p->errors[i].kind));
		fprintf(f, ", \"file\": ");
		if (at >= 0)
			jstr(f, p->steps[at]->file);
		else
			fputs("null", f);
		if (at >= 0)
			fprintf(f, ", \"line\": %u, \"step\": ", p->steps[at]->line);
		else
			fprintf(f, ", \"line\": null, \"step\": ");
		if (at >= 0)
			jstr(f, p->steps[at]->name);
		else
			fputs("null", f);
		fprintf(f, ", \"message\": ");
		jstr(f, text);
		fputc('}', f);
	}
	fprintf(f, "\n    ],\n    \"error_count\": %zu,\n    \"warnings\": [", p->nerrors);
	write_warnings(f, p);
	fprintf(f, "\n    ]\n  },\n");
}

static void write_run(FILE *f, const struct linktable_boot *b)
{
	const struct linktable_plan *p = b->plan;
	struct linktable_verdict *v = calloc(p->nsteps + 1, sizeof(*v));
	struct linktable_boot_summary s;
	char why[512];
	size_t i;

	if (v)
		linktable_plan_verdicts(p, p->subarch, v); /* the words "linktable matrix" prints */

	fprintf(f, "  \"trace\": [");
	for (i = 0; i < b->nevents; i++) {
		const struct linktable_trace_event *e = &b->events[i];

		fprintf(f, "%s\n    {\"step\": ", i ? "," : "");
		jstr(f, p->steps[e->step]->name);
		fprintf(f, ", \"phase\": ");
		jstr(f, linktable_boot_phase_name(b, e->phase));
		fprintf(f, ", \"result\": %d, \"thread\": %u, \"start_ns\": %llu, \"end_ns\": %llu}", e->result,
			e->thread, e->start_ns, e->end_ns);
	}
	fprintf(f, "\n  ],\n  \"steps\": [");
	for (i = 0; i < p->nsteps; i++) {
		const struct linktable_step_result *r = &b->results[i];

		fprintf(f, "%s\n    {\"name\": ", i ? "," : "");
		if (p->steps[i] && p->steps[i]->name)
			jstr(f, p->steps[i]->name);
		else
			fprintf(f, "\"#%zu\"", i); /* a refused nameless step */
		fprintf(f, ", \"state\": ");
		jstr(f, linktable_step_state_name(r->state));
		if (r->state == LINKTABLE_STEP_FAILED) {
			fprintf(f, ", \"error\": %d, \"failed_phase\": ", r->error);
			jstr(f, linktable_boot_phase_name(b, r->failed_phase));
		}
		if (v) {
			fprintf(f, ", \"verdict\": ");
			jstr(f, linktable_verdict_state_name(v[i].state));
			if (v[i].rule != LINKTABLE_RULE_NONE) { /* why broken, or refused by a critical step */
				fprintf(f, ", \"verdict_rule\": ");
				jstr(f, linktable_rule_name(v[i].rule));
			}
			if (v[i].state != LINKTABLE_VERDICT_RUNS) {
				linktable_verdict_text(p, i, &v[i], p->subarch, why, sizeof(why));
				fprintf(f, ", \"verdict_reason\": ");
				jstr(f, why);
			}
		}
		linktable__boot_skip_reason(b, i, why, sizeof(why));
		if (why[0]) {
			fprintf(f, ", \"reason\": ");
			jstr(f, why);
		}
		fprintf(f, ", \"detected\": %s, \"duration_ns\": %llu, \"thread\": %u}",
			r->detected < 0 ? "null" : r->detected ? "true" : "false", r->duration_ns, r->thread);
	}
	free(v);
	linktable_boot_summarize(b, &s);
	fprintf(f,
		"\n  ],\n  \"summary\": {\"ran\": %zu, \"failed\": %zu, \"skipped_unsupported\": %zu, "
		"\"skipped_not_detected\": %zu, \"skipped_finished_level\": %zu, "
		"\"skipped_dependency_failed\": %zu, \"not_run\": %zu, \"wall_ns\": %llu, \"busy_ns\": %llu, "
		"\"critical_path_ns\": %llu}",
		s.ok, s.failed, s.unsupported, s.not_detected, s.finished_level, s.dep_failed, s.not_run,
		s.wall_ns, s.busy_ns, s.critical_path_ns);
}

void linktable_boot_write_json(const struct linktable_boot *b, void *file)
{
	FILE *f = file;

	fprintf(f, "{\n");
	write_decision(f, b);
	fprintf(f, "  \"parallel\": %s,\n  \"error\": ", b->config.parallel ? "true" : "false");
	jstr(f, b->error);
	if (b->plan) {
		fprintf(f, ",\n");
		write_plan(f, b);
		write_run(f, b);
	}
	fprintf(f, "\n}\n");
	fflush(f);
}
