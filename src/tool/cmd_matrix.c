/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_matrix.c - "linktable matrix": init steps x subarchs, where
 * each step runs, is unsupported, or is broken by a dependency.
 */
#include "commands.h"
#include "core_plan.h"

#include <stdlib.h>
#include <string.h>

/* Column of subarch @s among the shown ones. */
#define COL(g, s) ((size_t)__builtin_popcount((g)->subarchs & ((1u << (s)) - 1u)))

/* Plans of every shown subarch: cells[COL(s) * n + i]. */
static struct plan_cell *all_plans(const struct depgraph *g)
{
	size_t n = g->set->n;
	struct plan_cell *cells = xcalloc((size_t)__builtin_popcount(g->subarchs) * n + 1, sizeof(*cells));

	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
		if (g->subarchs & (1u << s))
			depgraph_plan(g, s, cells + COL(g, s) * n);
	return cells;
}

static void matrix_json(const struct depgraph *g, const struct plan_cell *cells, const struct tool_opts *o, FILE *out)
{
	size_t n = g->set->n;
	char tmp[16], why[600];
	struct json j;

	json_begin(&j, out, "matrix", o->file);
	json_subarchs(&j, "subarchs", g->subarchs);
	json_arr(&j, "steps");
	for (size_t i = 0; i < n; i++) {
		json_obj(&j, NULL);
		json_str(&j, "name", g->set->steps[i].name);
		json_u64(&j, "level", g->set->steps[i].level);
		json_obj(&j, "cells");
		for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
			const struct plan_cell *c = &cells[COL(g, s) * n + i];

			if (!(g->subarchs & (1u << s)))
				continue;
			json_obj(&j, subarch_name(s, tmp));
			json_str(&j, "state", plan_state_name(c->state));
			json_str(&j, "reason", c->state == PLAN_BROKEN ? plan_reason(g, c, why) : NULL);
			json_end(&j);
		}
		json_end(&j);
		json_end(&j);
	}
	json_end(&j);
	json_end(&j);
}

static void matrix_text(const struct depgraph *g, const struct plan_cell *cells, FILE *out)
{
	size_t n = g->set->n, width = 4, broken = 0;
	char tmp[16], why[600], name[STEP_MAX_NAME * 4 + 8];

	if (!n) {
		fprintf(out, "no init steps\n");
		return;
	}
	for (size_t i = 0; i < n; i++)
		if (strlen(text_escape(g->set->steps[i].name, name, sizeof(name))) > width)
			width = strlen(name);
	fprintf(out, "%-*s %5s", (int)width, "STEP", "LEVEL");
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++)
		if (g->subarchs & (1u << s))
			fprintf(out, "  %-10s", subarch_name(s, tmp));
	fputc('\n', out);
	for (size_t i = 0; i < n; i++) {
		fprintf(out, "%-*s %5u", (int)width, text_escape(g->set->steps[i].name, name, sizeof(name)),
			g->set->steps[i].level);
		for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
			const struct plan_cell *c = &cells[COL(g, s) * n + i];

			if (!(g->subarchs & (1u << s)))
				continue;
			fprintf(out, "  %-10s", c->state == PLAN_RUNS ? "runs" : c->state == PLAN_UNSUPPORTED ? "-" : "BROKEN");
			broken += c->state == PLAN_BROKEN;
		}
		fputc('\n', out);
	}
	fprintf(out, "\nruns: runs there; -: not supported there (skipped); BROKEN: supported but cannot run\n");
	for (unsigned s = 0; broken && s < TOOL_MAX_SUBARCHS; s++)
		for (size_t i = 0; (g->subarchs & (1u << s)) && i < n; i++)
			if (cells[COL(g, s) * n + i].state == PLAN_BROKEN) {
				fprintf(out, "BROKEN on %s: ", subarch_name(s, tmp));
				text_put(out, g->set->steps[i].name);
				fputc(' ', out);
				text_put(out, plan_reason(g, &cells[COL(g, s) * n + i], why));
				fputc('\n', out);
			}
}

/* The subarchs whose boot the core refuses before any step: a critical step
 * lacks them (the core's own rule, linktable_plan_unsupported_critical()).
 * One line each, after the text matrix. */
static void refused_subarchs(const struct image *img, const struct init_view *v, FILE *out)
{
	char tmp[16], list[2048];
	struct core_plan cp;

	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
		if (!(v->graph.subarchs & (1u << s)))
			continue;
		core_plan_make(img, &v->set, s, &cp);
		if (linktable_plan_unsupported_critical(&cp.plan, list, sizeof(list))) {
			fprintf(out, "REFUSED on %s: the boot stops before any step: critical steps lack it: ",
				subarch_name(s, tmp));
			text_put(out, list);
			fputc('\n', out);
		}
		core_plan_free(&cp);
	}
}

int cmd_matrix(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct init_view v;
	struct plan_cell *cells;

	if (init_view_load(img, o->file, &v) != 0)
		return EXIT_BAD_INPUT;
	cells = all_plans(&v.graph);
	if (o->json)
		matrix_json(&v.graph, cells, o, out);
	else
		matrix_text(&v.graph, cells, out);
	if (!o->json)
		refused_subarchs(img, &v, out);
	free(cells);
	init_view_free(&v);
	return EXIT_CLEAN;
}
