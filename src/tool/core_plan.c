/* SPDX-License-Identifier: MIT */
/*
 * src/tool/core_plan.c - decoded steps into the core planner's input.  The
 * callbacks are link-time addresses: the planner only compares them (the
 * release rule asks which range holds one), it never calls them.
 */
#include "../core/plan_internal.h"
#include "core_plan.h"
#include "tool.h"

#include <stdlib.h>
#include <string.h>

/* The image the release check looks into: the planner's hook takes an
 * address only, and the tool plans one image at a time. */
static const struct image *released_img;

static int in_init_text(const void *addr)
{
	const char *r = range_at(released_img, (uint64_t)(uintptr_t)addr);

	return r && strcmp(r, "init_text") == 0;
}

static linktable_init_fn as_callback(uint64_t addr)
{
	linktable_init_fn fn;
	uintptr_t a = (uintptr_t)addr;

	memcpy(&fn, &a, sizeof(fn)); /* an address to compare, never to call */
	return fn;
}

/* @n names into @to; a step without the list has NULL there (memcpy from
 * NULL is undefined even for 0 bytes: found by fuzz_elf on a plan's image). */
static const char **copy_list(const char **to, const char *const *from, size_t n)
{
	if (n)
		memcpy(to, from, n * sizeof(*from));
	return to;
}

long core_plan_make(const struct image *img, const struct step_set *set, unsigned int subarch, struct core_plan *cp)
{
	struct linktable_plan_options o = { 0 };
	size_t n = set->n, e = 0, at = 0, bytes, resources = 0;
	long r;

	memset(cp, 0, sizeof(*cp));
	for (size_t i = 0; i < n; i++)
		e += set->steps[i].ndepends + set->steps[i].nafter + set->steps[i].nsoft_depends;
	for (size_t i = 0; i < n; i++)
		resources += set->steps[i].nprovides + set->steps[i].nuses;
	cp->steps = xcalloc(n + 1, sizeof(*cp->steps));
	cp->ptrs = xcalloc(n + 1, sizeof(*cp->ptrs));
	cp->lists = xcalloc(e + resources + 5 * n + 1, sizeof(*cp->lists));
	for (size_t i = 0; i < n; i++) {
		const struct step *s = &set->steps[i];
		struct linktable_init_step *t = &cp->steps[i];

		t->name = s->name;
		t->file = s->file;
		t->line = s->line;
		t->level = s->level;
		t->flags = s->flags;
		t->subarchs = s->subarchs;
		t->depends = copy_list(&cp->lists[at], s->depends, s->ndepends);
		at += s->ndepends + 1; /* the NULL was set by xcalloc */
		t->soft_depends = copy_list(&cp->lists[at], s->soft_depends, s->nsoft_depends);
		at += s->nsoft_depends + 1;
		t->after = copy_list(&cp->lists[at], s->after, s->nafter);
		at += s->nafter + 1;
		t->provides = copy_list(&cp->lists[at], s->provides, s->nprovides);
		at += s->nprovides + 1;
		t->uses = copy_list(&cp->lists[at], s->uses, s->nuses);
		at += s->nuses + 1;
		t->detect = (linktable_detect_fn)as_callback(s->detect);
		for (int p = 0; p < LINKTABLE_MAX_PHASES; p++)
			t->phase[p] = as_callback(s->phase[p]);
		cp->ptrs[i] = t;
	}
	/* The tool does not know the program's phase set: every phase is
	 * allowed; every error is kept. */
	o.nphases = LINKTABLE_MAX_PHASES;
	o.max_errors = 4 * n + 3 * e + resources + 8; /* per step at most 4 kinds, per edge 3, per use 1 */
	if (img && img->release_phase >= 0) {
		o.max_errors += LINKTABLE_MAX_PHASES * n;
		released_img = img;
		o.release_phase = (unsigned int)img->release_phase;
		o.is_released = in_init_text;
	}
	bytes = linktable_plan_bytes(n, e, &o);
	cp->storage = xmalloc(bytes); /* malloc() aligns to 16 bytes */
	/* The core's planner as linktable_plan_build_in(), but without
	 * hashing the table into plan.fingerprint: only "linktable plan"
	 * and "seal" need that hash (prebuilt.c computes it), and it was 7%
	 * of "check" on 100k steps. */
	r = linktable__plan_make(&cp->plan, cp->storage, bytes, cp->ptrs, n, subarch, &o, 0, e);
	if (r < 0) {
		tool_error("internal error: the core planner refused its storage");
		abort();
	}
	return r;
}

void core_plan_free(struct core_plan *cp)
{
	free(cp->storage);
	free(cp->steps);
	free(cp->ptrs);
	free(cp->lists);
	memset(cp, 0, sizeof(*cp));
}
