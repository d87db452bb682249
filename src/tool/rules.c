/* SPDX-License-Identifier: MIT */
/*
 * src/tool/rules.c - what "linktable check" enforces: the init planner's
 * rules, by the core planner itself (every step declares subarchs, names
 * are unique, hard dependencies exist, no cycles, no dependency of a higher
 * level, hard dependencies supported wherever their dependents are, no
 * callback after the release in init_text, a used resource provided by a
 * hard dependency on every subarch); plus what only the image
 * shows: table levels, callbacks in other subarchs' memory, table gaps.
 */
#include "rules.h"
#include "core_plan.h"
#include "commands.h"
#include "tool.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void finding_add(struct findings *f, unsigned int rule, long step, uint32_t subarchs, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = xstrdup("(out of memory formatting the message)");
	va_end(ap);
	f->v = xgrow(f->v, f->n, sizeof(*f->v));
	f->v[f->n++] = (struct finding){ rule, msg, step, subarchs, -1 };
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
	/* An array table is one array only if each non-empty level starts
	 * where the one before it ended, but for the padding its own
	 * alignment asks (none between entries of one type; U-Boot's region
	 * holds lists of several types, each aligned as its own): mold, sorting sections by name, puts
	 * "uart_16550"'s levels between "uart"'s 15 and 16; a file that adds
	 * entries without declaring the table may put them out of order.  The
	 * same test as the program's constructor (linktable.h,
	 * linktable__array_adjacent_check()), which knows no section's
	 * alignment and so is left out for U-Boot's region. */
	if (t->kind == LINKTABLE_KIND_ARRAY) {
		const struct img_section *prev = NULL;
		int prev_level = -1;

		for (int k = 0; k < TABLE_SLOTS; k++) {
			const struct img_section *s = table_part(img, t, (int)k);

			if (!s || !s->size)
				continue;
			uint64_t end = prev ? prev->addr + prev->size : 0;

			if (prev && s->align > 1 && (s->align & (s->align - 1)) == 0)
				end = (end + s->align - 1) & ~(s->align - 1);
			if (prev && s->addr != end) {
				snprintf(buf, 512,
					 "levels %d (%s, ends at 0x%llx) and %d (%s, starts at 0x%llx) are not adjacent: "
					 "the table is not one array",
					 prev_level, prev->name, (unsigned long long)(prev->addr + prev->size), SLOT_LEVEL(k),
					 s->name, (unsigned long long)s->addr);
				return buf;
			}
			prev = s;
			prev_level = SLOT_LEVEL(k);
		}
	}
	return NULL;
}

#define STEP(i) (&ctx->steps->steps[i])


/* The planning rules are the core planner's own (liblinktable-core.a, the
 * code that plans at boot): its findings, in its words. */
static void rule_planner(const struct rule_ctx *ctx, struct findings *out)
{
	const struct linktable_plan *p = &ctx->plan->plan;
	char text[2048];

	for (size_t i = 0; ctx->steps->n && i < p->errors_kept; i++) {
		linktable_plan_error_text(p, i, text, sizeof(text));
		finding_add(out, linktable_rule_of_error(p->errors[i].kind), linktable_plan_error_step(p, i), 0, "%s",
			    text);
		out->v[out->n - 1].error = (long)i;
	}
}

/* The warnings are the core's too (linktable_plan_warnings()): a step that
 * never runs, one ordered after itself, a dependency that orders nothing. */
static void rule_warnings(const struct rule_ctx *ctx, struct findings *out)
{
	const struct linktable_plan *p = &ctx->plan->plan;
	size_t n = ctx->steps->n ? linktable_plan_warnings(p, NULL, 0) : 0;
	struct linktable_plan_warning *w = n ? xcalloc(n, sizeof(*w)) : NULL;
	char text[2048];

	n = n ? linktable_plan_warnings(p, w, n) : 0;
	for (size_t i = 0; i < n; i++) {
		linktable_plan_warning_text(p, &w[i], text, sizeof(text));
		finding_add(out, w[i].rule, (long)w[i].a, 0, "%s", text);
	}
	free(w);
}

/* What only the image shows: the level section a step sits in. */
static void rule_table_levels(const struct rule_ctx *ctx, struct findings *out)
{
	for (size_t i = 0; i < ctx->steps->n; i++) {
		const struct step *s = STEP(i);

		if (s->level != s->table_level)
			finding_add(out, LINKTABLE_RULE_LEVEL, (long)i, s->subarchs ? s->subarchs : ~0u,
				    "init step '%s' records level %u but sits in level %u of the table", s->name, s->level,
				    s->table_level);
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
	char names[512], sub[16];

	for (size_t i = 0; i < ctx->steps->n; i++) {
		const struct step *s = STEP(i);

		for (int p = -1; p < LINKTABLE_MAX_PHASES; p++) {
			uint64_t fn = p < 0 ? s->detect : s->phase[p];
			const char *range = NULL;
			int only = fn ? only_subarch_at(ctx->img, fn, &range) : -1;

			if (only < 0 || !(s->subarchs & ~(1u << only)))
				continue;
			finding_add(out, LINKTABLE_RULE_SUBARCH_MEMORY, (long)i, s->subarchs & ~(1u << only),
				    "init step '%s' supports %s, but its %s callback at 0x%llx is in %s, "
				    "which is released on every subarch but %s",
				    s->name, subarch_list(s->subarchs, names),
				    p < 0 ? "detect" : linktable_phase_name((unsigned)p), (unsigned long long)fn, range,
				    subarch_name((unsigned)only, sub));
		}
	}
}

static void rule_gaps(const struct rule_ctx *ctx, struct findings *out)
{
	char why[512];

	for (size_t t = 0; t < ctx->img->ntables; t++)
		if (table_layout_problem(ctx->img, &ctx->img->tables[t], why))
			finding_add(out, LINKTABLE_RULE_GAPS, -1, 0, "table %s: %s", ctx->img->tables[t].name, why);
}

static void rule_undefined_tables(const struct rule_ctx *ctx, struct findings *out)
{
	for (size_t k = 0; k < ctx->img->norphans; k++)
		finding_add(out, LINKTABLE_RULE_UNDEFINED_TABLE, -1, 0,
			    "section %s holds entries of a table this image does not define (never iterated)",
			    ctx->img->sections[ctx->img->orphans[k]].name);
}

/* A build-time plan linked in (a second link) is exactly what "linktable
 * plan" makes of this image, and its seal, if set, is right: what "seal"
 * checks, so that an image altered after sealing fails "check" too. */
static void rule_prebuilt_plan(const struct rule_ctx *ctx, struct findings *out)
{
	struct seal_site site;
	char msg[1024];
	int rc;

	if (!ctx->linked_plan)
		return;
	rc = prebuilt_check(ctx->img, ctx->steps, ctx->graph, &site, msg, sizeof(msg));
	if (rc == EXIT_RULES || rc == EXIT_BAD_INPUT)
		finding_add(out, LINKTABLE_RULE_PREBUILT_PLAN, -1, 0, "%s", msg);
	else if (rc == EXIT_CLEAN && !site.seal)
		finding_add(out, LINKTABLE_RULE_UNSEALED, -1, 0,
			    "the build-time plan linked in is not sealed: the boot hashes the init table to trust it "
			    "(run \"linktable seal\" on the final image)");
}

/* Each rule's words come from the core's one table (linktable_rule_name()). */
const struct rule rules[] = {
	{ LINKTABLE_RULE_NONE,
	  "the init planner's rules, run by the core planner itself: subarchs, names, duplicates, missing, cycle, level, "
	  "phases, subarch-plan, release, resource",
	  rule_planner },
	{ LINKTABLE_RULE_NONE,
	  "warnings, by the core too: never-runs, self-dependency, unused-dependency", rule_warnings },
	{ LINKTABLE_RULE_LEVEL, "a step's recorded order level is the table level it sits in", rule_table_levels },
	{ LINKTABLE_RULE_SUBARCH_MEMORY, "callbacks in only_<subarch> memory belong to steps of that subarch alone",
	  rule_subarch_memory },
	{ LINKTABLE_RULE_GAPS, "no gaps, padding or misalignment in any table", rule_gaps },
	{ LINKTABLE_RULE_UNDEFINED_TABLE, "no entries of a table the image does not define", rule_undefined_tables },
	{ LINKTABLE_RULE_PREBUILT_PLAN, "a build-time plan linked in is the plan of this image's table; its seal is right",
	  rule_prebuilt_plan },
};
const size_t nrules = sizeof(rules) / sizeof(rules[0]);

void rules_run(const struct rule_ctx *ctx, struct findings *out)
{
	for (size_t r = 0; r < nrules; r++)
		rules[r].run(ctx, out);
}
