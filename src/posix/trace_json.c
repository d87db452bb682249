/* SPDX-License-Identifier: MIT */
/*
 * The machine-readable record of a boot: decision, plan, trace, results,
 * summary - one JSON document.
 */
#include <stdio.h>

#include "../core/boot_internal.h"

static void jstr(FILE *f, const char *s)
{
	fputc('"', f);
	for (; s && *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", f);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
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
	size_t k;

	fprintf(f, "{\"name\": ");
	jstr(f, s->name);
	fprintf(f, ", \"level\": %u, \"flags\": [%s%s%s], \"subarchs\": ", s->level,
		s->flags & LINKTABLE_INIT_CRITICAL ? "\"critical\"" : "",
		s->flags & LINKTABLE_INIT_PARALLEL_SAFE ? (s->flags & LINKTABLE_INIT_CRITICAL ? ", \"parallel-safe\"" : "\"parallel-safe\"") : "",
		s->flags & LINKTABLE_INIT_FINISH_IF_DETECTED
			? (s->flags & (LINKTABLE_INIT_CRITICAL | LINKTABLE_INIT_PARALLEL_SAFE) ? ", \"finish-if-detected\"" : "\"finish-if-detected\"")
			: "");
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
		char text[1024];

		linktable_plan_error_text(p, i, text, sizeof(text));
		fprintf(f, "%s\n      ", i ? "," : "");
		jstr(f, text);
	}
	fprintf(f, "\n    ],\n    \"error_count\": %zu\n  },\n", p->nerrors);
}

static void write_run(FILE *f, const struct linktable_boot *b)
{
	const struct linktable_plan *p = b->plan;
	struct linktable_boot_summary s;
	char why[512];
	size_t i;

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
		linktable__boot_skip_reason(b, i, why, sizeof(why));
		if (why[0]) {
			fprintf(f, ", \"reason\": ");
			jstr(f, why);
		}
		fprintf(f, ", \"detected\": %s, \"duration_ns\": %llu, \"thread\": %u}",
			r->detected < 0 ? "null" : r->detected ? "true" : "false", r->duration_ns, r->thread);
	}
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
