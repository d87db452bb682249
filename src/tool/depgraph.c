/* SPDX-License-Identifier: MIT */
/*
 * src/tool/depgraph.c - name resolution by sorted index, Tarjan's strongly
 * connected components (iterative: 100k-step chains must not overflow the
 * stack), and the per-subarch plan over components in dependency order.
 */
#include "depgraph.h"
#include "tool.h"

#include <stdlib.h>
#include <string.h>

/* Name index shared with the qsort/bsearch comparators. */
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

static size_t *resolve(const struct name_key *keys, size_t n, const char **names, size_t count)
{
	size_t *out = xcalloc(count, sizeof(size_t));

	for (size_t k = 0; k < count; k++)
		out[k] = find_in(keys, n, names[k]);
	return out;
}

/* Dependencies of @v (hard, then soft), skipping unknown names. */
static size_t edge_count(const struct depgraph *g, size_t v)
{
	const struct step *s = &g->set->steps[v];

	return s->ndepends + s->nsoft_depends;
}

static size_t edge_at(const struct depgraph *g, size_t v, size_t k)
{
	const struct step *s = &g->set->steps[v];

	return k < s->ndepends ? g->hard[v][k] : g->soft[v][k - s->ndepends];
}

/* Tarjan's algorithm with an explicit stack of (node, next edge). */
static void find_components(struct depgraph *g)
{
	size_t n = g->set->n, next_index = 0, ncomp = 0, sp = 0, cs = 0, ordered = 0;
	size_t *index = xmalloc(n * sizeof(size_t) + 1), *low = xmalloc(n * sizeof(size_t) + 1);
	size_t *stack = xmalloc(n * sizeof(size_t) + 1), *call = xmalloc(n * sizeof(size_t) + 1);
	size_t *edge = xmalloc(n * sizeof(size_t) + 1);
	unsigned char *on_stack = xcalloc(n + 1, 1);

	for (size_t i = 0; i < n; i++)
		index[i] = SIZE_MAX;
	for (size_t root = 0; root < n; root++) {
		if (index[root] != SIZE_MAX)
			continue;
		call[cs] = root;
		edge[cs++] = 0;
		index[root] = low[root] = next_index++;
		stack[sp++] = root;
		on_stack[root] = 1;
		while (cs) {
			size_t v = call[cs - 1];

			if (edge[cs - 1] < edge_count(g, v)) {
				size_t w = edge_at(g, v, edge[cs - 1]++);

				if (w == DEP_MISSING)
					continue;
				if (index[w] == SIZE_MAX) {
					index[w] = low[w] = next_index++;
					stack[sp++] = w;
					on_stack[w] = 1;
					call[cs] = w;
					edge[cs++] = 0;
				} else if (on_stack[w] && index[w] < low[v]) {
					low[v] = index[w];
				}
				continue;
			}
			cs--;
			if (cs && low[v] < low[call[cs - 1]])
				low[call[cs - 1]] = low[v];
			if (low[v] != index[v])
				continue;
			/* v roots a component: pop it. */
			size_t first = ordered, w;

			do {
				w = stack[--sp];
				on_stack[w] = 0;
				g->scc[w] = ncomp;
				g->scc_order[ordered++] = w;
			} while (w != v);
			if (ordered - first > 1)
				for (size_t k = first; k < ordered; k++)
					g->cyclic[g->scc_order[k]] = 1;
			ncomp++;
		}
	}
	/* a step that depends on itself is a cycle of one */
	for (size_t v = 0; v < n; v++)
		for (size_t k = 0; k < edge_count(g, v); k++)
			if (edge_at(g, v, k) == v)
				g->cyclic[v] = 1;
	free(index);
	free(low);
	free(stack);
	free(call);
	free(edge);
	free(on_stack);
}

void depgraph_build(struct depgraph *g, const struct step_set *set)
{
	size_t n = set->n;
	struct name_key *keys = xcalloc(n, sizeof(*keys));

	memset(g, 0, sizeof(*g));
	g->set = set;
	for (size_t i = 0; i < n; i++)
		keys[i] = (struct name_key){ set->steps[i].name, i };
	qsort(keys, n, sizeof(*keys), cmp_name_key);
	g->hard = xcalloc(n, sizeof(size_t *));
	g->soft = xcalloc(n, sizeof(size_t *));
	const uint32_t known = (1u << TOOL_KNOWN_SUBARCHS) - 1;
	uint32_t named = 0;

	for (size_t i = 0; i < n; i++) {
		g->hard[i] = resolve(keys, n, set->steps[i].depends, set->steps[i].ndepends);
		g->soft[i] = resolve(keys, n, set->steps[i].soft_depends, set->steps[i].nsoft_depends);
		if ((set->steps[i].subarchs | known) != ~0u)
			named |= set->steps[i].subarchs;
	}
	/* A program-defined subarch is worth a column when some step names it;
	 * LINKTABLE_SUBARCHS_ALL and _EXCEPT() set all 32 bits and name none. */
	g->subarchs = known | named;
	g->names = keys;
	g->scc = xcalloc(n, sizeof(size_t));
	g->scc_order = xcalloc(n, sizeof(size_t));
	g->cyclic = xcalloc(n, 1);
	find_components(g);
}

void depgraph_free(struct depgraph *g)
{
	for (size_t i = 0; g->set && i < g->set->n; i++) {
		free(g->hard[i]);
		free(g->soft[i]);
	}
	free(g->hard);
	free(g->soft);
	free(g->scc);
	free(g->scc_order);
	free(g->cyclic);
	free(g->names);
	memset(g, 0, sizeof(*g));
}

void depgraph_plan(const struct depgraph *g, unsigned int subarch, struct plan_cell *cells)
{
	uint32_t bit = 1u << subarch;

	/* scc_order lists dependencies before their dependents */
	for (size_t k = 0; k < g->set->n; k++) {
		size_t v = g->scc_order[k];
		const struct step *s = &g->set->steps[v];
		struct plan_cell *c = &cells[v];

		*c = (struct plan_cell){ PLAN_RUNS, WHY_NONE, DEP_MISSING, NULL };
		if (!(s->subarchs & bit)) {
			c->state = PLAN_UNSUPPORTED;
			continue;
		}
		if (g->cyclic[v]) {
			c->state = PLAN_BROKEN;
			c->why = WHY_CYCLE;
			continue;
		}
		for (size_t d = 0; d < s->ndepends; d++) {
			size_t w = g->hard[v][d];

			if (w == DEP_MISSING) {
				*c = (struct plan_cell){ PLAN_BROKEN, WHY_MISSING, DEP_MISSING, s->depends[d] };
				break;
			}
			if (cells[w].state != PLAN_RUNS) {
				*c = (struct plan_cell){ PLAN_BROKEN,
							 cells[w].state == PLAN_UNSUPPORTED ? WHY_DEP_UNSUPPORTED : WHY_DEP_BROKEN,
							 w, NULL };
				break;
			}
		}
	}
}

const char *plan_reason(const struct depgraph *g, const struct plan_cell *c, char *buf)
{
	const char *dep = c->dep != DEP_MISSING ? g->set->steps[c->dep].name : "";

	switch (c->why) {
	case WHY_MISSING:
		snprintf(buf, 600, "needs %.500s, which no step provides", c->dep_name);
		break;
	case WHY_DEP_UNSUPPORTED:
		snprintf(buf, 600, "needs %.500s, which does not support this subarch", dep);
		break;
	case WHY_DEP_BROKEN:
		snprintf(buf, 600, "needs %.500s, which cannot run here", dep);
		break;
	case WHY_CYCLE:
		snprintf(buf, 600, "on a dependency cycle");
		break;
	default:
		snprintf(buf, 600, "%s", c->state == PLAN_UNSUPPORTED ? "unsupported" : "runs");
		break;
	}
	return buf;
}
