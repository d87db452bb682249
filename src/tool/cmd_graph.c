/* SPDX-License-Identifier: MIT */
/*
 * src/tool/cmd_graph.c - "linktable graph": the dependency map, as DOT (for
 * dot -Tsvg) or JSON.  Edges point from a dependency to its dependent (the
 * order things run): hard solid, order-only (.after) dotted, soft dashed.
 * With --subarch, each step is coloured by the core's verdict there: runs,
 * skipped (unsupported), broken or refused, with the reason as tooltip.
 * Exit 1 if a rule is broken, as check does.
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

static const char *const edge_style[DEP_KINDS] = { "", " [style=dotted]", " [style=dashed]" };

static void dot_edges(const struct depgraph *g, size_t i, FILE *out)
{
	const struct step *s = &g->set->steps[i];

	for (int k = 0; k < DEP_KINDS; k++) {
		size_t count;
		const char **names = dep_names(s, (enum dep_kind)k, &count);

		for (size_t d = 0; d < count; d++) {
			size_t w = g->dep[k][i][d];
			int soft = k == DEP_SOFT;
			char esc[ESCAPED_NAME];

			fputs("  ", out);
			if (w == DEP_MISSING) {
				char id[ESCAPED_NAME + 32];

				/* a missing hard or order-only dependency breaks the step; a soft one is fine */
				snprintf(id, sizeof(id), "%s: %s", soft ? "not linked in" : "missing",
					 text_escape(names[d], esc, sizeof(esc)));
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
			fprintf(out, "%s;\n", w == DEP_MISSING && !soft ? " [color=red]" : edge_style[k]);
		}
	}
}

/* Whether step @i is on a dependency cycle (the core's verdict says). */
static int on_cycle(const struct init_view *v, size_t i)
{
	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
		const struct linktable_verdict *c = view_verdict(v, s, i);

		if (c && c->on_cycle)
			return 1;
	}
	return 0;
}

/* Without --subarch: the subarchs on which step @i is broken. */
static uint32_t broken_mask(const struct init_view *v, size_t i)
{
	uint32_t mask = 0;

	for (unsigned s = 0; s < TOOL_MAX_SUBARCHS; s++) {
		const struct linktable_verdict *c = view_verdict(v, s, i);

		if (c && c->state == LINKTABLE_VERDICT_BROKEN)
			mask |= 1u << s;
	}
	return mask;
}

static const char *fill_of(unsigned int state)
{
	return state == LINKTABLE_VERDICT_RUNS ? "palegreen" : state == LINKTABLE_VERDICT_UNSUPPORTED ? "lightgrey"
		: state == LINKTABLE_VERDICT_BROKEN ? "salmon" : "khaki";
}

static void graph_dot(const struct init_view *v, int subarch, FILE *out)
{
	const struct depgraph *g = &v->graph;
	char subs[512], bsubs[512], why[1200], tmp[16], label[ESCAPED_NAME + 1400], name[ESCAPED_NAME], tip[4 * 1200];

	fprintf(out, "digraph linktable {\n  rankdir=LR;\n  node [shape=box, style=filled, fillcolor=white];\n");
	if (subarch >= 0)
		fprintf(out, "  label=\"init steps on %s: green runs, grey skipped (unsupported), red broken, yellow "
			     "refused (other steps are broken)\";\n",
			subarch_name((unsigned)subarch, tmp));
	else
		fprintf(out, "  label=\"init steps: red = broken on some subarch (see linktable matrix); edges: solid "
			     "hard, dotted order-only, dashed soft\";\n");
	for (size_t i = 0; i < g->set->n; i++) {
		const struct step *s = &g->set->steps[i];
		const char *fill = "white";
		uint32_t broken = broken_mask(v, i);

		text_escape(s->name, name, sizeof(name));
		snprintf(label, sizeof(label), "%s\nlevel %u\n%s", name, s->level, subarch_list(s->subarchs, subs));
		if (subarch >= 0) {
			fill = fill_of(view_verdict(v, (unsigned)subarch, i)->state);
		} else if (broken) {
			fill = "salmon";
			snprintf(label + strlen(label), sizeof(label) - strlen(label), "\nbroken on %s",
				 subarch_list(broken, bsubs));
		}
		fputs("  ", out);
		dot_string(out, name);
		fputs(" [label=", out);
		dot_string(out, label);
		fprintf(out, ", fillcolor=%s%s, tooltip=", fill, on_cycle(v, i) ? ", color=red, penwidth=2" : "");
		dot_string(out, text_escape(subarch >= 0 ? view_reason(v, (unsigned)subarch, i, why, sizeof(why))
							  : step_where(s, label),
					    tip, sizeof(tip)));
		fputs("];\n", out);
	}
	for (size_t i = 0; i < g->set->n; i++)
		dot_edges(g, i, out);
	fputs("}\n", out);
}

static void graph_json(const struct init_view *v, int subarch, const struct tool_opts *o, FILE *out)
{
	const struct depgraph *g = &v->graph;
	size_t n = g->set->n;
	char tmp[16], why[1200];
	struct json j;

	json_begin(&j, out, "graph", o->file);
	json_bool(&j, "ok", view_exit(v) == EXIT_CLEAN);
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
		json_bool(&j, "on_cycle", on_cycle(v, i));
		json_subarchs(&j, "broken_on", broken_mask(v, i));
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "edges");
	for (size_t i = 0; i < n; i++) {
		const struct step *s = &g->set->steps[i];

		for (int k = 0; k < DEP_KINDS; k++) {
			size_t count;
			const char **names = dep_names(s, (enum dep_kind)k, &count);

			for (size_t d = 0; d < count; d++) {
				json_obj(&j, NULL);
				json_str(&j, "from", names[d]);
				json_str(&j, "to", s->name);
				json_str(&j, "kind", dep_kind_name((enum dep_kind)k));
				json_bool(&j, "missing", g->dep[k][i][d] == DEP_MISSING);
				json_end(&j);
			}
		}
	}
	json_end(&j);
	/* per subarch: the core's verdict on every step */
	json_obj(&j, "plans");
	for (unsigned sa = 0; sa < TOOL_MAX_SUBARCHS; sa++) {
		if (!(g->subarchs & (1u << sa)) || (subarch >= 0 && (unsigned)subarch != sa))
			continue;
		json_arr(&j, subarch_name(sa, tmp));
		for (size_t i = 0; i < n; i++) {
			const struct linktable_verdict *c = view_verdict(v, sa, i);

			json_obj(&j, NULL);
			json_str(&j, "step", g->set->steps[i].name);
			json_str(&j, "state", linktable_verdict_state_name(c->state));
			json_str(&j, "rule", c->rule != LINKTABLE_RULE_NONE ? linktable_rule_name(c->rule) : NULL);
			json_str(&j, "reason", c->state == LINKTABLE_VERDICT_RUNS ? NULL : view_reason(v, sa, i, why, sizeof(why)));
			json_end(&j);
		}
		json_end(&j);
	}
	json_end(&j);
	json_arr(&j, "findings");
	for (size_t k = 0; k < v->findings.n; k++)
		finding_json(v, &v->findings.v[k], &j);
	json_end(&j);
	json_end(&j);
}

int cmd_graph(const struct image *img, const struct tool_opts *o, FILE *out)
{
	struct init_view v;
	int rc;

	/* --subarch may name a subarch no step names: a column of its own */
	if (init_view_load_with(img, o->file, o->subarch >= 0 ? 1u << o->subarch : 0, 0, &v) != 0)
		return EXIT_BAD_INPUT;
	if (o->json || (o->format && o->format[0] == 'j'))
		graph_json(&v, o->subarch, o, out);
	else
		graph_dot(&v, o->subarch, out);
	rc = view_exit(&v);
	init_view_free(&v);
	return rc;
}
