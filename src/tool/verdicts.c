/* SPDX-License-Identifier: MIT */
/*
 * src/tool/verdicts.c - one decision per image: the steps decoded, every
 * rule run (the planner's by the core planner, then the image's own), and
 * every step's verdict on every shown subarch computed by the core
 * (linktable_plan_verdicts()), seeded with the image rules that break a
 * step.  check, plan, matrix, graph and show all print from here, so they
 * cannot disagree.
 */
#include "commands.h"

#include <stdlib.h>
#include <string.h>

/* Column of subarch @s among the shown ones. */
static size_t column(uint32_t shown, unsigned int s)
{
	return (size_t)__builtin_popcount(shown & ((1u << s) - 1u));
}

int init_view_load_with(const struct image *img, const char *file, uint32_t extra, int how, struct init_view *v)
{
	const struct img_table *t = init_table(img);
	uint32_t shown;
	size_t n, cols;
	struct rule_ctx ctx;
	char err[512];

	memset(v, 0, sizeof(*v));
	v->img = img;
	v->file = file;
	if (t && steps_decode(img, t, &v->set, err, sizeof(err)) != 0) {
		tool_error("%s: %s", file, err);
		return -1;
	}
	depgraph_build(&v->graph, &v->set);
	v->graph.subarchs |= extra;
	core_plan_make(img, &v->set, LINKTABLE_SUBARCH_PC, &v->plan);
	ctx = (struct rule_ctx){ img, &v->set, &v->graph, &v->plan, (how & VIEW_LINKED_PLAN) != 0 };
	rules_run(&ctx, &v->findings);
	for (size_t k = 0; k < v->findings.n; k++)
		v->nwarnings += finding_severity(&v->findings.v[k]) == LINKTABLE_SEVERITY_WARNING;
	n = v->set.n;
	shown = v->graph.subarchs;
	cols = (size_t)__builtin_popcount(shown);
	v->cells = xcalloc((how & VIEW_COUNT_ONLY ? 1 : cols) * n + 1, sizeof(*v->cells));
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
		struct linktable_verdict *col;

		if (!(shown & (1u << s)))
			continue;
		if (how & VIEW_COUNT_ONLY) {
			/* The one column, for this subarch: the planner reads only
			 * a cell's state (a broken one is the caller's and kept)
			 * and sets every other field of the rest. */
			col = v->cells;
			for (size_t i = 0; i < n; i++)
				col[i].state = 0;
		} else {
			col = v->cells + column(shown, s) * n;
		}
		/* the image's own rules break steps the planner cannot see */
		for (size_t k = 0; k < v->findings.n; k++) {
			const struct finding *f = &v->findings.v[k];

			if (f->step < 0 || f->error >= 0 || !(f->subarchs & (1u << s)) ||
			    finding_severity(f) == LINKTABLE_SEVERITY_WARNING ||
			    col[f->step].state == LINKTABLE_VERDICT_BROKEN)
				continue;
			col[f->step] = (struct linktable_verdict){ LINKTABLE_VERDICT_BROKEN, f->rule, 0, -1, -1 };
		}
		linktable_plan_verdicts(&v->plan.plan, s, col);
		for (size_t i = 0; i < n; i++)
			v->nbroken += col[i].state == LINKTABLE_VERDICT_BROKEN;
	}
	if (how & VIEW_COUNT_ONLY) {
		free(v->cells);
		v->cells = NULL;
	}
	return 0;
}

int init_view_load(const struct image *img, const char *file, struct init_view *v)
{
	return init_view_load_with(img, file, 0, 0, v);
}

void init_view_free(struct init_view *v)
{
	free(v->cells);
	findings_free(&v->findings);
	core_plan_free(&v->plan);
	depgraph_free(&v->graph);
	steps_free(&v->set);
	memset(v, 0, sizeof(*v));
}

const struct linktable_verdict *view_verdict(const struct init_view *v, unsigned int subarch, size_t i)
{
	if (!v->cells || subarch >= TOOL_MAX_SUBARCHS || !(v->graph.subarchs & (1u << subarch)) || i >= v->set.n)
		return NULL;
	return &v->cells[column(v->graph.subarchs, subarch) * v->set.n + i];
}

const char *view_reason(const struct init_view *v, unsigned int subarch, size_t i, char *buf, size_t size)
{
	const struct linktable_verdict *c = view_verdict(v, subarch, i);

	buf[0] = 0;
	if (!c)
		return buf;
	if (c->state == LINKTABLE_VERDICT_BROKEN && c->error < 0 && c->rule != LINKTABLE_RULE_DEPENDENCY) {
		/* an image rule: its finding says why */
		for (size_t k = 0; k < v->findings.n; k++)
			if (v->findings.v[k].step == (long)i && v->findings.v[k].rule == c->rule) {
				snprintf(buf, size, "%s", v->findings.v[k].message);
				return buf;
			}
	}
	linktable_verdict_text(&v->plan.plan, i, c, subarch, buf, size);
	return buf;
}

unsigned int finding_severity(const struct finding *f)
{
	return linktable_rule_severity(f->rule);
}

size_t view_errors(const struct init_view *v)
{
	return v->findings.n - (tool_werror ? 0 : v->nwarnings);
}

int view_exit(const struct init_view *v)
{
	return view_errors(v) || v->nbroken ? EXIT_RULES : EXIT_CLEAN;
}

/* The file a finding is located in, and its line (0: none). */
static const char *finding_file(const struct init_view *v, const struct finding *f, unsigned int *line)
{
	if (f->step >= 0 && (size_t)f->step < v->set.n && strcmp(v->set.steps[f->step].file, "?") != 0) {
		*line = v->set.steps[f->step].line;
		return v->set.steps[f->step].file;
	}
	*line = 0;
	return v->file;
}

void finding_print(const struct init_view *v, const struct finding *f, FILE *out)
{
	unsigned int line;
	const char *file = finding_file(v, f, &line);

	text_put(out, file);
	if (line)
		fprintf(out, ":%u", line);
	fprintf(out, ": %s: ", linktable_severity_name(finding_severity(f)));
	text_put(out, f->message);
	fprintf(out, " [%s]\n", linktable_rule_name(f->rule));
}

void finding_json(const struct init_view *v, const struct finding *f, struct json *j)
{
	unsigned int line;
	const char *file = finding_file(v, f, &line);

	json_obj(j, NULL);
	json_str(j, "severity", linktable_severity_name(finding_severity(f)));
	json_str(j, "rule", linktable_rule_name(f->rule));
	json_str(j, "file", file);
	if (line)
		json_u64(j, "line", line);
	else
		json_str(j, "line", NULL);
	json_str(j, "step", f->step >= 0 ? v->set.steps[f->step].name : NULL);
	json_str(j, "message", f->message);
	json_end(j);
}
