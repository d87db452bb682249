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
 * order: each step's identity is a distinct pointer value, its dependency
 * the identity of its first dependency (the mock-up's entry has room for
 * one) and its further dependencies' identities in more_deps, so that both
 * sides order the same dependencies.  extra is then the number of
 * dependencies (all of them) the mock-up's order leaves after their
 * dependent: 0 means a valid order, as the planner's.
 *
 * The run is linked with -z now (module.mk): neither side's count then
 * includes the dynamic linker resolving a libc function on its first call.
 * One size per process, so peak RSS is that size's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include <linktable/plan.h>

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

/* The mock-up's table for @g, in @g's (shuffled) link order; @more: room
 * for GEN_MAX_DEPS identities per step (its further dependencies' lists). */
static void mockup_table(const struct gen_table *g, struct linktable_bench_mock_entry *t, const void **more)
{
	for (size_t i = 0; i < g->n; i++) {
		size_t id = (size_t)(g->ptrs[i] - g->steps), k, m = 0;
		const void **list = more + id * GEN_MAX_DEPS;

		memset(&t[i], 0, sizeof(t[i]));
		t[i].level = g->ptrs[i]->level;
		t[i].subarchs = g->ptrs[i]->subarchs;
		t[i].id = fake_id(id);
		t[i].depends_on = g->dep0[id] < g->n ? fake_id(g->dep0[id]) : NULL;
		t[i].name = g->ptrs[i]->name;
		for (k = 1; k < GEN_MAX_DEPS; k++)
			if (g->depidx[id * GEN_MAX_DEPS + k] < g->n)
				list[m++] = fake_id(g->depidx[id * GEN_MAX_DEPS + k]);
		list[m] = NULL;
		t[i].more_deps = m ? list : NULL;
	}
}

/* Dependencies (all of them) the mock-up's order puts after their
 * dependent. */
static long mockup_violations(size_t n, const struct linktable_bench_mock_entry *t)
{
	size_t *pos = malloc(n * sizeof(*pos));
	long bad = 0;

	if (!pos)
		return -1;
	for (size_t i = 0; i < n; i++)
		pos[fake_index(t[i].id)] = i;
	for (size_t i = 0; i < n; i++) {
		if (t[i].depends_on && pos[fake_index(t[i].depends_on)] > i)
			bad++;
		for (const void *const *m = t[i].more_deps; m && *m; m++)
			if (pos[fake_index(*m)] > i)
				bad++;
	}
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
	const void **more;
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
	more = malloc(n * GEN_MAX_DEPS * sizeof(*more));
	if (!work || !table || !fresh || !more || gen_table(&g, n, ndeps) < 0) {
		fprintf(stderr, "plan_bench: out of memory\n");
		return 1;
	}
	mockup_table(&g, fresh, more);
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
	free(more);
	gen_free(&g);
	return 0;
}
