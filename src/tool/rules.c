/* SPDX-License-Identifier: MIT */
/*
 * src/tool/rules.c - the planning rules, with the same meaning as the init
 * planner's: every step declares subarchs, names are unique, hard
 * dependencies exist, there are no cycles, a dependency's level is not above
 * its dependent's, and on every subarch a supported step's hard dependencies
 * are supported too.  Plus: callbacks live in memory that is still there
 * when they run (subarch-memory, release), and no gaps in any table.
 */
#include "rules.h"
#include "commands.h"
#include "tool.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void finding_add(struct findings *f, const char *rule, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = xstrdup("(out of memory formatting the message)");
	va_end(ap);
	f->v = xgrow(f->v, f->n, sizeof(*f->v));
	f->v[f->n++] = (struct finding){ rule, msg };
}

void findings_free(struct findings *f)
{
	for (size_t i = 0; i < f->n; i++)
		free(f->v[i].message);
	free(f->v);
	f->v = NULL;
	f->n = 0;
}

const char *table_layout_problem(const struct image *img, const struct img_table *t, char *buf)
{
	for (int k = 0; k < TABLE_SLOTS; k++) {
		int l = SLOT_LEVEL(k);
		const struct img_section *s = table_part(img, t, (int)k);

		if (!s)
			continue;
		if (s->size % t->entry_size) {
			snprintf(buf, 512, "level %d (%s): %llu bytes is not a multiple of the %u-byte entry: a gap or padding",
				 l, s->name, (unsigned long long)s->size, t->entry_size);
			return buf;
		}
		if (s->addr % t->entry_align) {
			snprintf(buf, 512, "level %d (%s): address 0x%llx is not %u-byte aligned", l, s->name,
				 (unsigned long long)s->addr, t->entry_align);
			return buf;
		}
	}
	return NULL;
}

#define STEP(i) (&ctx->steps->steps[i])

static void rule_subarchs(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512];

	for (size_t i = 0; i < ctx->steps->n; i++)
		if (!STEP(i)->subarchs)
			finding_add(out, "subarchs", "%s: init step '%s' supports no subarch: it would never run",
				    step_where(STEP(i), at), STEP(i)->name);
}

static void rule_duplicates(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512], at2[512];

	for (size_t i = 0; i < ctx->steps->n; i++) {
		size_t first = depgraph_find(ctx->graph, STEP(i)->name);

		if (first != i)
			finding_add(out, "duplicates", "%s: duplicate init step name '%s': declared at %s and at %s",
				    step_where(STEP(i), at), STEP(i)->name, step_where(STEP(first), at2), at);
	}
}

static void rule_missing(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512];

	for (size_t i = 0; i < ctx->steps->n; i++)
		for (size_t d = 0; d < STEP(i)->ndepends; d++)
			if (ctx->graph->hard[i][d] == DEP_MISSING)
				finding_add(out, "missing", "%s: init step '%s' depends on '%s', which is not linked in",
					    step_where(STEP(i), at), STEP(i)->name, STEP(i)->depends[d]);
}

static void rule_cycles(const struct rule_ctx *ctx, struct findings *out)
{
	const struct depgraph *g = ctx->graph;
	unsigned char *reported = xcalloc(ctx->steps->n + 1, 1);
	size_t *scratch = depgraph_scratch(g);
	char at[512];

	/* one message per cycle component, starting at its first step */
	for (size_t i = 0; i < ctx->steps->n; i++) {
		size_t *path, len, cap = 256, used = 0;
		char *text;

		if (!g->cyclic[i] || reported[g->scc[i]])
			continue;
		reported[g->scc[i]] = 1;
		len = depgraph_cycle(g, i, scratch, &path);
		text = xmalloc(cap);
		text[0] = 0;
		for (size_t k = 0; k <= len; k++) {
			const char *name = STEP(path[k % len])->name;
			size_t need = used + strlen(name) + 5;

			if (need > cap)
				text = xrealloc(text, cap = need * 2, 1);
			used += (size_t)sprintf(text + used, "%s%s", k ? " -> " : "", name);
		}
		finding_add(out, "cycle", "%s: dependency cycle: %s (each step depends on the next)", step_where(STEP(i), at),
			    text);
		free(text);
		free(path);
	}
	free(scratch);
	free(reported);
}

static void check_levels(const struct rule_ctx *ctx, struct findings *out, size_t i, const size_t *deps, size_t n,
			 const char *kind)
{
	char at[512], at2[512];

	for (size_t d = 0; d < n; d++) {
		size_t w = deps[d];

		if (w != DEP_MISSING && STEP(w)->level > STEP(i)->level)
			finding_add(out, "level",
				    "%s: init step '%s' (level %u) %s '%s' (level %u, %s): a dependency must not "
				    "have a higher order level than its dependent",
				    step_where(STEP(i), at), STEP(i)->name, STEP(i)->level, kind, STEP(w)->name,
				    STEP(w)->level, step_where(STEP(w), at2));
	}
}

static void rule_levels(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512];

	for (size_t i = 0; i < ctx->steps->n; i++) {
		const struct step *s = STEP(i);

		if (s->level != s->table_level)
			finding_add(out, "level", "%s: init step '%s' records level %u but sits in level %u of the table",
				    step_where(s, at), s->name, s->level, s->table_level);
		check_levels(ctx, out, i, ctx->graph->hard[i], s->ndepends, "depends on");
		check_levels(ctx, out, i, ctx->graph->soft[i], s->nsoft_depends, "soft-depends on");
	}
}

/* A supported step whose hard dependency is unsupported on some subarch:
 * its plan there cannot be satisfied.  Reported once per edge with every
 * such subarch, like the planner; steps broken further down the chain follow
 * from it (graph and matrix show them). */
static void rule_subarch_plans(const struct rule_ctx *ctx, struct findings *out)
{
	const struct depgraph *g = ctx->graph;
	char at[512], at2[512], names[512];

	for (size_t i = 0; i < ctx->steps->n; i++) {
		for (size_t d = 0; d < STEP(i)->ndepends; d++) {
			size_t w = g->hard[i][d];
			uint32_t broken = w == DEP_MISSING ? 0 : STEP(i)->subarchs & ~STEP(w)->subarchs;

			if (!broken)
				continue;
			subarch_list(broken, names);
			finding_add(out, "subarch-plan",
				    "%s: init step '%s' supports %s, but its hard dependency '%s' (%s) does not: "
				    "'%s' is broken on %s",
				    step_where(STEP(i), at), STEP(i)->name, names, STEP(w)->name, step_where(STEP(w), at2),
				    STEP(i)->name, names);
		}
	}
}

/* The subarch whose only_<subarch>_text / _data range holds @addr, or -1;
 * *range is set to the range's name. */
static int only_subarch_at(const struct image *img, uint64_t addr, const char **range)
{
	const char *r = range_at(img, addr);
	size_t len = r ? strlen(r) : 0;
	char sub[64];

	*range = r;
	if (!r || strncmp(r, "only_", 5) != 0 || len < 10 || len - 10 >= sizeof(sub) ||
	    (strcmp(r + len - 5, "_text") != 0 && strcmp(r + len - 5, "_data") != 0))
		return -1;
	memcpy(sub, r + 5, len - 10);
	sub[len - 10] = 0;
	return subarch_parse(sub);
}

/* A callback in memory kept only for subarch T belongs to a step that runs
 * on T alone: on any other subarch that memory is released. */
static void rule_subarch_memory(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512], names[512], phase[16], sub[16];

	for (size_t i = 0; i < ctx->steps->n; i++) {
		const struct step *s = STEP(i);

		for (int p = -1; p < LINKTABLE_MAX_PHASES; p++) {
			uint64_t fn = p < 0 ? s->detect : s->phase[p];
			const char *range = NULL;
			int only = fn ? only_subarch_at(ctx->img, fn, &range) : -1;

			if (only < 0 || !(s->subarchs & ~(1u << only)))
				continue;
			finding_add(out, "subarch-memory",
				    "%s: init step '%s' supports %s, but its %s callback at 0x%llx is in %s, "
				    "which is released on every subarch but %s",
				    step_where(s, at), s->name, subarch_list(s->subarchs, names),
				    p < 0 ? "detect" : phase_name(p, phase), (unsigned long long)fn, range,
				    subarch_name((unsigned)only, sub));
		}
	}
}

/* A callback that runs at or after the release phase the image records
 * (LINKTABLE_INIT_RELEASE_PHASE) must not live in init-only code: by then
 * its memory is gone, and the call would fault. */
static void rule_release(const struct rule_ctx *ctx, struct findings *out)
{
	char at[512], phase[16];

	if (ctx->img->release_phase < 0)
		return;
	for (size_t i = 0; i < ctx->steps->n; i++) {
		const struct step *s = STEP(i);

		for (int p = ctx->img->release_phase; p < LINKTABLE_MAX_PHASES; p++) {
			const char *range = s->phase[p] ? range_at(ctx->img, s->phase[p]) : NULL;

			if (!range || strcmp(range, "init_text") != 0)
				continue;
			finding_add(out, "release",
				    "%s: init step '%s' has its %s callback at 0x%llx in init_text, "
				    "which is released before phase %d",
				    step_where(s, at), s->name, phase_name(p, phase), (unsigned long long)s->phase[p],
				    ctx->img->release_phase);
		}
	}
}

static void rule_gaps(const struct rule_ctx *ctx, struct findings *out)
{
	char why[512];

	for (size_t t = 0; t < ctx->img->ntables; t++)
		if (table_layout_problem(ctx->img, &ctx->img->tables[t], why))
			finding_add(out, "gaps", "table %s: %s", ctx->img->tables[t].name, why);
}

static void rule_undefined_tables(const struct rule_ctx *ctx, struct findings *out)
{
	for (size_t k = 0; k < ctx->img->norphans; k++)
		finding_add(out, "undefined-table",
			    "section %s holds entries of a table this image does not define (never iterated)",
			    ctx->img->sections[ctx->img->orphans[k]].name);
}

const struct rule rules[] = {
	{ "subarchs", "every init step declares the subarchs it supports", rule_subarchs },
	{ "duplicates", "no two init steps have the same name", rule_duplicates },
	{ "missing", "every hard dependency names an existing step", rule_missing },
	{ "cycle", "no dependency cycles", rule_cycles },
	{ "level", "a dependency's order level is not above its dependent's", rule_levels },
	{ "subarch-plan", "on every subarch, a supported step's hard dependencies are supported", rule_subarch_plans },
	{ "subarch-memory", "callbacks in only_<subarch> memory belong to steps of that subarch alone", rule_subarch_memory },
	{ "release", "no callback for a phase after the recorded release phase lives in init_text", rule_release },
	{ "gaps", "no gaps, padding or misalignment in any table", rule_gaps },
	{ "undefined-table", "no entries of a table the image does not define", rule_undefined_tables },
};
const size_t nrules = sizeof(rules) / sizeof(rules[0]);

void rules_run(const struct rule_ctx *ctx, struct findings *out)
{
	for (size_t r = 0; r < nrules; r++)
		rules[r].run(ctx, out);
}
