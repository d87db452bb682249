/* SPDX-License-Identifier: MIT */
/*
 * Synthetic init tables for the planner benchmarks: N steps, levels
 * ascending with the index, GEN_DEPS (at most 3) hard dependencies each on
 * random earlier steps, then shuffled (link order is arbitrary).
 */
#ifndef LINKTABLE_BENCH_STEPS_GEN_H
#define LINKTABLE_BENCH_STEPS_GEN_H

#include <stdio.h>
#include <stdlib.h>

#include <linktable/step.h>

#define GEN_MAX_DEPS 3

struct gen_table {
	size_t n;
	struct linktable_init_step *steps;
	const struct linktable_init_step **ptrs;
	char *names;                  /* n names of 12 bytes */
	const char **deps;            /* n lists of GEN_MAX_DEPS + 1 */
	size_t *dep0;                 /* index of each step's first dependency, or n */
	size_t *depidx;               /* n lists of GEN_MAX_DEPS indices (n: none) */
};

static inline unsigned long long gen_rand(unsigned long long *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 7;
	*s ^= *s << 17;
	return *s;
}

static inline int gen_table(struct gen_table *g, size_t n, size_t ndeps)
{
	unsigned long long seed = 0x9e3779b97f4a7c15ull;
	size_t i, k;

	g->n = n;
	g->steps = calloc(n, sizeof(*g->steps));
	g->ptrs = malloc(n * sizeof(*g->ptrs));
	g->names = malloc(n * 12);
	g->deps = calloc(n * (GEN_MAX_DEPS + 1), sizeof(*g->deps));
	g->dep0 = malloc(n * sizeof(*g->dep0));
	g->depidx = malloc(n * GEN_MAX_DEPS * sizeof(*g->depidx));
	if (!g->steps || !g->ptrs || !g->names || !g->deps || !g->dep0 || !g->depidx || ndeps > GEN_MAX_DEPS)
		return -1;
	for (i = 0; i < n; i++) {
		struct linktable_init_step *s = &g->steps[i];
		const char **d = g->deps + i * (GEN_MAX_DEPS + 1);

		snprintf(g->names + i * 12, 12, "s%07u", (unsigned int)(i % 10000000));
		s->name = g->names + i * 12;
		s->file = "gen";
		s->level = (unsigned int)(i * 100 / n);
		s->subarchs = LINKTABLE_SUBARCHS_ALL;
		g->dep0[i] = n;
		for (k = 0; k < GEN_MAX_DEPS; k++)
			g->depidx[i * GEN_MAX_DEPS + k] = n;
		for (k = 0; i && k < ndeps; k++) {
			size_t j = (size_t)(gen_rand(&seed) % i);

			d[k] = g->names + j * 12;
			g->depidx[i * GEN_MAX_DEPS + k] = j;
			if (k == 0)
				g->dep0[i] = j;
		}
		s->depends = d;
		g->ptrs[i] = s;
	}
	for (i = n; i > 1; i--) { /* Fisher-Yates */
		size_t j = (size_t)(gen_rand(&seed) % i);
		const struct linktable_init_step *t = g->ptrs[i - 1];

		g->ptrs[i - 1] = g->ptrs[j];
		g->ptrs[j] = t;
	}
	return 0;
}

static inline void gen_free(struct gen_table *g)
{
	free(g->steps);
	free(g->ptrs);
	free(g->names);
	free(g->deps);
	free(g->dep0);
	free(g->depidx);
}

#endif
