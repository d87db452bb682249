/* SPDX-License-Identifier: MIT */
/*
 * src/tool/depgraph.c - name resolution by a sorted index: O((n + e) log n),
 * so 100k steps stay fast.  A name two steps share resolves to the first in
 * iteration order, as the core planner's index does.
 */
#include "depgraph.h"
#include "tool.h"

#include <stdlib.h>
#include <string.h>

struct name_key {
	const char *name;
	size_t index;
};

static int cmp_name_key(const void *a, const void *b)
{
	const struct name_key *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	if (c)
		return c;
	return x->index < y->index ? -1 : x->index > y->index;
}

static size_t find_in(const struct name_key *keys, size_t n, const char *name)
{
	size_t lo = 0, hi = n;

	/* lower bound: the first step with that name, in iteration order */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (strcmp(keys[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(keys[lo].name, name) == 0 ? keys[lo].index : DEP_MISSING;
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
	size_t n = set->n;
	struct name_key *keys = xcalloc(n + 1, sizeof(*keys));
	uint32_t named = 0;

	memset(g, 0, sizeof(*g));
	g->set = set;
	for (size_t i = 0; i < n; i++)
		keys[i] = (struct name_key){ set->steps[i].name, i };
	qsort(keys, n, sizeof(*keys), cmp_name_key);
	for (int k = 0; k < DEP_KINDS; k++)
		g->dep[k] = xcalloc(n + 1, sizeof(size_t *));
	for (size_t i = 0; i < n; i++) {
		for (int k = 0; k < DEP_KINDS; k++) {
			size_t count;
			const char **names = dep_names(&set->steps[i], (enum dep_kind)k, &count);

			g->dep[k][i] = xcalloc(count + 1, sizeof(size_t));
			for (size_t d = 0; d < count; d++)
				g->dep[k][i][d] = find_in(keys, n, names[d]);
		}
		if ((set->steps[i].subarchs | known) != ~0u)
			named |= set->steps[i].subarchs;
	}
	/* A program-defined subarch is worth a column when some step names it;
	 * LINKTABLE_SUBARCHS_ALL and _EXCEPT() set all 32 bits and name none. */
	g->subarchs = known | named;
	g->names = keys;
}

void depgraph_free(struct depgraph *g)
{
	for (int k = 0; k < DEP_KINDS; k++) {
		for (size_t i = 0; g->dep[k] && i < g->set->n; i++)
			free(g->dep[k][i]);
		free(g->dep[k]);
	}
	free(g->names);
	memset(g, 0, sizeof(*g));
}
