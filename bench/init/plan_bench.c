/* SPDX-License-Identifier: MIT */
/*
 * plan_bench planner|mockup N RUNS [DEPS]: time (median and minimum of
 * RUNS) and memory of ordering N synthetic steps with DEPS (1..3, default
 * 3) hard dependencies each; one line "N median_ms min_ms rss_growth_kib
 * extra".  extra is the plan's error count (planner), or for the mock-up
 * the number of dependencies its order leaves after their dependent.
 *
 * "mockup" runs the seed mock-up's algorithm (mockup_sort.c) on the same
 * table as struct linktable_bench_mock_entry entries in the same link
 * order: each step's identity is a distinct pointer value, and its
 * dependency the identity of its first dependency - the mock-up's entry
 * has room for one.  One size per process, so peak RSS is that size's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "mockup_sort.h"
#include "steps_gen.h"

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long peak_kib(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

/* A distinct pointer value per step index (never dereferenced). */
static const void *fake_id(size_t i)
{
	return (const void *)(uintptr_t)(0x10000u + 16u * i);
}

static size_t fake_index(const void *id)
{
	return ((uintptr_t)id - 0x10000u) / 16u;
}

/* The mock-up's table for @g, in @g's (shuffled) link order. */
static void mockup_table(const struct gen_table *g, struct linktable_bench_mock_entry *t)
{
	for (size_t i = 0; i < g->n; i++) {
		size_t id = (size_t)(g->ptrs[i] - g->steps);

		memset(&t[i], 0, sizeof(t[i]));
		t[i].level = g->ptrs[i]->level;
		t[i].subarchs = g->ptrs[i]->subarchs;
		t[i].id = fake_id(id);
		t[i].depends_on = g->dep0[id] < g->n ? fake_id(g->dep0[id]) : NULL;
		t[i].name = g->ptrs[i]->name;
	}
}

/* Dependencies the mock-up's order puts after their dependent. */
static long mockup_violations(size_t n, const struct linktable_bench_mock_entry *t)
{
	size_t *pos = malloc(n * sizeof(*pos));
	long bad = 0;

	if (!pos)
		return -1;
	for (size_t i = 0; i < n; i++)
		pos[fake_index(t[i].id)] = i;
	for (size_t i = 0; i < n; i++)
		if (t[i].depends_on && pos[fake_index(t[i].depends_on)] > i)
			bad++;
	free(pos);
	return bad;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
	struct gen_table g;
	const struct linktable_init_step **work;
	struct linktable_bench_mock_entry *table, *fresh;
	double t[64];
	long before, extra = 0;
	int runs, r, mockup;
	size_t n, ndeps = 3;

	if ((argc != 4 && argc != 5) || (strcmp(argv[1], "planner") && strcmp(argv[1], "mockup")) ||
	    (n = strtoul(argv[2], NULL, 10)) == 0 || (runs = atoi(argv[3])) < 1 || runs > 64 ||
	    (argc == 5 && ((ndeps = strtoul(argv[4], NULL, 10)) < 1 || ndeps > GEN_MAX_DEPS))) {
		fprintf(stderr, "usage: plan_bench planner|mockup N RUNS [DEPS] (N >= 1, 1 <= RUNS <= 64, 1 <= DEPS <= 3)\n");
		return 2;
	}
	mockup = strcmp(argv[1], "mockup") == 0;
	work = malloc(n * sizeof(*work));
	table = malloc(n * sizeof(*table));
	fresh = malloc(n * sizeof(*fresh));
	if (!work || !table || !fresh || gen_table(&g, n, ndeps) < 0) {
		fprintf(stderr, "plan_bench: out of memory\n");
		return 1;
	}
	mockup_table(&g, fresh);
	before = peak_kib();
	for (r = 0; r < runs; r++) {
		struct linktable_plan *p = NULL;
		double start;

		memcpy(work, g.ptrs, n * sizeof(*work));
		memcpy(table, fresh, n * sizeof(*table));
		start = now_ms();
		if (mockup) {
			linktable_bench_mockup_sort(table, table + n);
		} else {
			extra = linktable_plan_build(work, n, LINKTABLE_SUBARCH_PC, NULL, &p);
			if (!p || p->norder != n) {
				fprintf(stderr, "plan_bench: planning failed (%ld)\n", extra);
				return 1;
			}
		}
		t[r] = now_ms() - start;
		linktable_plan_free(p);
	}
	if (mockup)
		extra = mockup_violations(n, table);
	qsort(t, (size_t)runs, sizeof(t[0]), cmp);
	printf("%zu %.3f %.3f %ld %ld %.3f\n", n, t[runs / 2], t[0], peak_kib() - before, extra, t[runs - 1]);
	free(work);
	free(table);
	free(fresh);
	gen_free(&g);
	return 0;
}
