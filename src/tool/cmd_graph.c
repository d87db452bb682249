/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_graph.c - "linktable graph": the dependency map, as DOT (for
 * dot -Tsvg) or JSON.  Edges point from a dependency to its dependent (the
 * order things run); soft dependencies are dashed.  With --subarch, each step
 * is coloured by what happens to it there: runs, skipped (unsupported) or
 * broken, with the reason as tooltip.
 */
#include "commands.h"

#include <stdlib.h>
#include <string.h>

/* Names are text_escape()d before they get here: no control characters,
 * so a newline is one this file put in a label. */
#define ESCAPED_NAME (STEP_MAX_NAME * 4 + 8)

static void dot_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '\n') {
			fputs("\\n", out); /* DOT's line break in labels */
			continue;
		}
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static void dot_edges(const struct depgraph *g, size_t i, FILE *out)
{
	const struct step *s = &g->set->steps[i];

	for (size_t d = 0; d < s->ndepends + s->nsoft_depends; d++) {
		int soft = d >= s->ndepends;
		size_t w = soft ? g->soft[i][d - s->ndepends] : g->hard[i][d];
		const char *name = soft ? s->soft_depends[d - s->ndepends] : s->depends[d];
		char esc[ESCAPED_NAME];

		fputs("  ", out);
		if (w == DEP_MISSING) {
			char id[ESCAPED_NAME + 32];

			/* a missing hard dependency breaks the step; a soft one is fine */
			snprintf(id, sizeof(id), "%s: %s", soft ? "not linked in" : "missing", text_escape(name, esc, sizeof(esc)));
			dot_string(out, id);
			fputs(soft ? " [shape=octagon, color=grey, fontcolor=grey];\n  "
				   : " [shape=octagon, color=red, fontcolor=red];\n  ",
			      out);
			dot_string(out, id);
		} else {
			dot_string(out, text_escape(g->set->steps[w].name, esc, sizeof(esc)));
		}
		fputs(" -> ", out);
		dot_string(out, text_escape(s->name, esc, sizeof(esc)));
		fprintf(out, "%s;\n", soft ? " [style=dashed]" : w == DEP_MISSING ? " [color=red]" : "");
	}
}

/* Without --subarch: the subarchs on which each step is broken. */
static uint32_t *broken_masks(const struct depgraph *g)
{
	uint32_t *mask = xcalloc(g->set->n + 1, sizeof(*mask));
	struct plan_cell *cells = xcalloc(g->set->n + 1, sizeof(*cells));

	for (unsigned sa = 0; sa < TOOL_MAX_SUBARCHS; sa++) {
		if (!(g->subarchs & (1u << sa)))
			continue;
		depgraph_plan(g, sa, cells);
		for (size_t i = 0; i < g->set->n; i++)
			if (cells[i].state == PLAN_BROKEN)
				mask[i] |= 1u << sa;
	}
	free(cells);
	return mask;
}

static void graph_dot(const struct depgraph *g, int subarch, FILE *out)
{
	struct plan_cell *cells = xcalloc(g->set->n + 1, sizeof(*cells));
	uint32_t *broken = subarch < 0 ? broken_masks(g) : NULL;
	char subs[512], bsubs[512], why[600], tmp[16], label[ESCAPED_NAME + 1400], name[ESCAPED_NAME], tip[4 * 600];

	if (subarch >= 0)
		depgraph_plan(g, (unsigned)subarch, cells);
	fprintf(out, "digraph linktable {\n  rankdir=LR;\n  node [shape=box, style=filled, fillcolor=white];\n");
	if (subarch >= 0)
		fprintf(out, "  label=\"init steps on %s: green runs, grey skipped (unsupported), red broken\";\n",
			subarch_name((unsigned)subarch, tmp));
	else
		fprintf(out, "  label=\"init steps: red = broken on some subarch (see linktable matrix)\";\n");
	for (size_t i = 0; i < g->set->n; i++) {
		const struct step *s = &g->set->steps[i];
		const char *fill = "white";

		text_escape(s->name, name, sizeof(name));
		snprintf(label, sizeof(label), "%s\nlevel %u\n%s", name, s->level, subarch_list(s->subarchs, subs));
		if (subarch >= 0) {
			fill = cells[i].state == PLAN_RUNS ? "palegreen" : cells[i].state == PLAN_UNSUPPORTED ? "lightgrey" : "salmon";
		} else if (broken[i]) {
			fill = "salmon";
			snprintf(label + strlen(label), sizeof(label) - strlen(label), "\nbroken on %s",
				 subarch_list(broken[i], bsubs));
		}
		fputs("  ", out);
		dot_string(out, name);
		fputs(" [label=", out);
		dot_string(out, label);
		fprintf(out, ", fillcolor=%s%s, tooltip=", fill, g->cyclic[i] ? ", color=red, penwidth=2" : "");
		dot_string(out, text_escape(subarch >= 0 ? plan_reason(g, &cells[i], why) : step_where(s, label), tip, sizeof(tip)));
		fputs("];\n", out);
	}
	for (size_t i = 0; i < g->set->n; i++)
		dot_edges(g, i, out);
	fputs("}\n", out);
	free(cells);
	free(broken);
}

static void graph_json(const struct depgraph *g, int subarch, const struct tool_opts *o, FILE *out)
{
	size_t n = g->set->n;
	struct plan_cell *cells = xcalloc(n + 1, sizeof(*cells));
	char tmp[16], why[600];
	struct json j;

	json_begin(&j, out, "graph", o->file);
	json_str(&j, "subarch", subarch >= 0 ? subarch_name((unsigned)subarch, tmp) : NULL);
	json_arr(&j, "steps");
	for (size_t i = 0; i < n; i++) {
		const struct step *s = &g->set->steps[i];

		json_obj(&j, NULL);
		json_str(&j, "name", s->name);
		json_u64(&j, "level", s->level);
		json_str(&j, "file", s->file);
		json_u64(&j, "line", s->line);
		json_subarchs(&j, "subarchs", s->subarchs);
		json_bool(&j, "on_cycle", g->cyclic[i]);
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "edges");
	for (size_t i = 0; i < n; i++) {
		const struct step *s = &g->set->steps[i];

		for (size_t d = 0; d < s->ndepends + s->nsoft_depends; d++) {
			int soft = d >= s->ndepends;
			size_t w = soft ? g->soft[i][d - s->ndepends] : g->hard[i][d];

			json_obj(&j, NULL);
			json_str(&j, "from", soft ? s->soft_depends[d - s->ndepends] : s->depends[d]);
			json_str(&j, "to", s->name);
			json_str(&j, "kind", soft ? "soft" : "hard");
			json_bool(&j, "missing", w == DEP_MISSING);
			json_end(&j);
		}
	}
	json_end(&j);
	/* per subarch: what runs, what is skipped and why */
	json_obj(&j, "plans");
	for (unsigned sa = 0; sa < TOOL_MAX_SUBARCHS; sa++) {
		if (!(g->subarchs & (1u << sa)) || (subarch >= 0 && (unsigned)subarch != sa))
			continue;
		depgraph_plan(g, sa, cells);
		json_arr(&j, subarch_name(sa, tmp));
		for (size_t i = 0; i < n; i++) {
			json_obj(&j, NULL);
			json_str(&j, "step", g->set->steps[i].name);
			json_str(&j, "state", plan_state_name(cells[i].state));
			json_str(&j, "reason", cells[i].state == PLAN_RUNS ? NULL : plan_reason(g, &cells[i], why));
			json_end(&j);
		}
		json_end(&j);
	}
	json_end(&j);
	json_end(&j);
	free(cells);
}

int cmd_graph(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct init_view v;

	if (init_view_load(img, o->file, &v) != 0)
		return EXIT_BAD_INPUT;
	if (o->json || (o->format && o->format[0] == 'j'))
		graph_json(&v.graph, o->subarch, o, out);
	else
		graph_dot(&v.graph, o->subarch, out);
	init_view_free(&v);
	return EXIT_CLEAN;
}
