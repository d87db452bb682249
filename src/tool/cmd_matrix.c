/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_matrix.c - "linktable matrix": init steps x subarchs, each
 * cell the core's verdict (runs, unsupported, broken, refused); exit 1 if
 * a rule is broken, as check does.
 */
#include "commands.h"

#include <string.h>

static const char *cell_word(unsigned int state)
{
	/* the text form's short words; JSON spells the core's */
	return state == LINKTABLE_VERDICT_RUNS ? "runs" : state == LINKTABLE_VERDICT_UNSUPPORTED ? "-"
		: state == LINKTABLE_VERDICT_BROKEN ? "BROKEN" : "refused";
}

static void matrix_json(const struct init_view *v, const struct tool_opts *o, FILE *out)
{
	const struct depgraph *g = &v->graph;
	char tmp[16], why[1200];
	struct json j;

	json_begin(&j, out, "matrix", o->file);
	json_bool(&j, "ok", view_exit(v) == EXIT_CLEAN);
	json_subarchs(&j, "subarchs", g->subarchs);
	json_arr(&j, "steps");
	for (size_t i = 0; i < v->set.n; i++) {
		json_obj(&j, NULL);
		json_str(&j, "name", v->set.steps[i].name);
		json_u64(&j, "level", v->set.steps[i].level);
		json_obj(&j, "cells");
		for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
			const struct linktable_verdict *c = view_verdict(v, s, i);

			if (!c)
				continue;
			json_obj(&j, subarch_name(s, tmp));
			json_str(&j, "state", linktable_verdict_state_name(c->state));
			json_str(&j, "rule", c->rule != LINKTABLE_RULE_NONE ? linktable_rule_name(c->rule) : NULL);
			json_str(&j, "reason", c->state == LINKTABLE_VERDICT_RUNS ? NULL : view_reason(v, s, i, why, sizeof(why)));
			json_end(&j);
		}
		json_end(&j);
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "findings");
	for (size_t k = 0; k < v->findings.n; k++)
		finding_json(v, &v->findings.v[k], &j);
	json_end(&j);
	json_end(&j);
}

static void matrix_text(const struct init_view *v, FILE *out)
{
	const struct depgraph *g = &v->graph;
	size_t n = v->set.n, width = 4;
	char tmp[16], why[1200], name[STEP_MAX_NAME * 4 + 8];

	if (!n) {
		fprintf(out, "no init steps\n");
	} else {
		for (size_t i = 0; i < n; i++)
			if (strlen(text_escape(v->set.steps[i].name, name, sizeof(name))) > width)
				width = strlen(name);
		fprintf(out, "%-*s %5s", (int)width, "STEP", "LEVEL");
		for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
			if (g->subarchs & (1u << s))
				fprintf(out, "  %-10s", subarch_name(s, tmp));
		fputc('\n', out);
		for (size_t i = 0; i < n; i++) {
			fprintf(out, "%-*s %5u", (int)width, text_escape(v->set.steps[i].name, name, sizeof(name)),
				v->set.steps[i].level);
			for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
				const struct linktable_verdict *c = view_verdict(v, s, i);

				if (c)
					fprintf(out, "  %-10s", cell_word(c->state));
			}
			fputc('\n', out);
		}
		fprintf(out, "\nruns: runs there; -: not supported there (skipped); BROKEN: supported but breaks a "
			     "rule there;\nrefused: fine itself, but the plan is refused because other steps are broken,\n"
			     "or the boot is, because a critical step lacks the subarch\n");
	}
	/* why each broken step is broken: subarchs with the same reason on one line */
	for (size_t i = 0; v->nbroken && i < n; i++) {
		uint32_t done = 0;

		for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
			const struct linktable_verdict *c = view_verdict(v, s, i);
			char other[sizeof(why)], subs[512];
			uint32_t same = 0;

			if (!c || c->state != LINKTABLE_VERDICT_BROKEN || (done & (1u << s)))
				continue;
			view_reason(v, s, i, why, sizeof(why));
			for (unsigned t = s; t < TOOL_MAX_SUBARCHS; t++) {
				const struct linktable_verdict *d = view_verdict(v, t, i);

				if (d && d->state == LINKTABLE_VERDICT_BROKEN && d->rule == c->rule &&
				    !strcmp(view_reason(v, t, i, other, sizeof(other)), why))
					same |= 1u << t;
			}
			done |= same;
			fprintf(out, "BROKEN on %s: ", subarch_list(same, subs));
			text_put(out, v->set.steps[i].name);
			fputs(": ", out);
			text_put(out, why);
			fprintf(out, " [%s]\n", linktable_rule_name(c->rule));
		}
	}
	/* where the core refuses the whole boot before any step (a critical
	 * step lacks the subarch): one line per subarch, from the verdicts */
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
		for (size_t i = 0; i < n; i++) {
			const struct linktable_verdict *c = view_verdict(v, s, i);

			if (c && c->state == LINKTABLE_VERDICT_REFUSED && c->rule == LINKTABLE_RULE_UNSUPPORTED_CRITICAL) {
				fprintf(out, "REFUSED on %s: ", subarch_name(s, tmp));
				text_put(out, view_reason(v, s, i, why, sizeof(why)));
				fprintf(out, " [%s]\n", linktable_rule_name(c->rule));
				break;
			}
		}
	/* what breaks no step but the image, and every warning: check's words */
	for (size_t k = 0; k < v->findings.n; k++)
		if (v->findings.v[k].step < 0 || finding_severity(&v->findings.v[k]) == LINKTABLE_SEVERITY_WARNING)
			finding_print(v, &v->findings.v[k], out);
}

int cmd_matrix(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct init_view v;
	int rc;

	if (init_view_load(img, o->file, &v) != 0)
		return EXIT_BAD_INPUT;
	if (o->json)
		matrix_json(&v, o, out);
	else
		matrix_text(&v, out);
	rc = view_exit(&v);
	init_view_free(&v);
	return rc;
}
