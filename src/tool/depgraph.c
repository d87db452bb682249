/* SPDX-License-Identifier: MIT */
/*
 * src/tool/depgraph.c - name resolution by a hash index: O(n + e) expected,
 * so 100k steps stay fast.  A name two steps share resolves to the first in
 * iteration order, as the core planner's index does.
 */
#include "depgraph.h"
#include "tool.h"

#include <stdlib.h>
#include <string.h>

/* Name -> first step index, open addressing in 2n..4n slots (index + 1,
 * 0: empty).  Names are most often the very strings the steps' names are
 * (a linker merges equal literals), so the pointer is compared first. */
struct name_index {
	size_t *slot;
	size_t mask;
	const struct step_set *set;
};

static size_t hash_name(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return (size_t)(h ^ h >> 32);
}

/* The slot of @name, or the empty one where it would go. */
static size_t probe(const struct name_index *x, const char *name)
{
	size_t i = hash_name(name) & x->mask;

	for (; x->slot[i]; i = (i + 1) & x->mask) {
		const char *other = x->set->steps[x->slot[i] - 1].name;

		if (other == name || strcmp(other, name) == 0)
			break;
	}
	return i;
}

static size_t find_in(const struct name_index *x, const char *name)
{
	size_t i = probe(x, name);

	return x->slot[i] ? x->slot[i] - 1 : DEP_MISSING;
}

const char **dep_names(const struct step *s, enum dep_kind k, size_t *n)
{
	*n = k == DEP_HARD ? s->ndepends : k == DEP_AFTER ? s->nafter : s->nsoft_depends;
	return k == DEP_HARD ? s->depends : k == DEP_AFTER ? s->after : s->soft_depends;
}

const char *dep_kind_name(enum dep_kind k)
{
	return k == DEP_HARD ? "hard" : k == DEP_AFTER ? "after" : "soft";
}

void depgraph_build(struct depgraph *g, const struct step_set *set)
{
	const uint32_t known = (1u << TOOL_KNOWN_SUBARCHS) - 1;
	size_t n = set->n, slots = 16, e = 0, at = 0;
	struct name_index x;
	uint32_t named = 0;

	memset(g, 0, sizeof(*g));
	g->set = set;
	while (slots < 2 * n)
		slots *= 2;
	x = (struct name_index){ xcalloc(slots, sizeof(size_t)), slots - 1, set };
	/* the first step of a name keeps it: resolved as the core planner does */
	for (size_t i = 0; i < n; i++) {
		size_t k = probe(&x, set->steps[i].name);

		if (!x.slot[k])
			x.slot[k] = i + 1;
		e += set->steps[i].ndepends + set->steps[i].nafter + set->steps[i].nsoft_depends + DEP_KINDS;
	}
	/* One block for every list: no allocation per step. */
	g->ids = xcalloc(e + 1, sizeof(size_t));
	for (int k = 0; k < DEP_KINDS; k++)
		g->dep[k] = xcalloc(n + 1, sizeof(size_t *));
	for (size_t i = 0; i < n; i++) {
		for (int k = 0; k < DEP_KINDS; k++) {
			size_t count;
			const char **names = dep_names(&set->steps[i], (enum dep_kind)k, &count);

			g->dep[k][i] = g->ids + at;
			for (size_t d = 0; d < count; d++)
				g->ids[at++] = find_in(&x, names[d]);
			at++; /* a 0 after each list, as before */
		}
		if ((set->steps[i].subarchs | known) != ~0u)
			named |= set->steps[i].subarchs;
	}
	free(x.slot);
	/* A program-defined subarch is worth a column when some step names it;
	 * LINKTABLE_SUBARCHS_ALL and _EXCEPT() set all 32 bits and name none. */
	g->subarchs = known | named;
}

void depgraph_free(struct depgraph *g)
{
	for (int k = 0; k < DEP_KINDS; k++)
		free(g->dep[k]);
	free(g->ids);
	memset(g, 0, sizeof(*g));
}
