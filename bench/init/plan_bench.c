/* SPDX-License-Identifier: MIT */
/*
 * plan_bench planner|baseline N RUNS: time (median of RUNS) and memory of
 * ordering N synthetic steps; one line "N median_ms min_ms rss_growth_kib
 * extra", where extra is the plan's error count (planner) or passes
 * (baseline).  One size per process, so peak RSS is that size's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "baseline.h"
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

/* Whether @order puts every dependency first (names are "s<index>"). */
static int valid_order(const struct gen_table *g, const struct linktable_init_step **order)
{
	size_t *pos = malloc(g->n * sizeof(*pos)), i, k;
	int ok = pos != NULL;

	for (i = 0; ok && i < g->n; i++)
		pos[order[i] - g->steps] = i;
	for (i = 0; ok && i < g->n; i++)
		for (k = 0; order[i]->depends[k]; k++)
			if (pos[strtoul(order[i]->depends[k] + 1, NULL, 10)] > i)
				ok = 0;
	free(pos);
	return ok;
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
	double t[64];
	long before, extra = 0;
	int runs, r, baseline;
	size_t n;

	if (argc != 4 || (strcmp(argv[1], "planner") && strcmp(argv[1], "baseline")) ||
	    (n = strtoul(argv[2], NULL, 10)) == 0 || (runs = atoi(argv[3])) < 1 || runs > 64) {
		fprintf(stderr, "usage: plan_bench planner|baseline N RUNS (N >= 1, 1 <= RUNS <= 64)\n");
		return 2;
	}
	baseline = strcmp(argv[1], "baseline") == 0;
	work = malloc(n * sizeof(*work));
	if (!work || gen_table(&g, n) < 0) {
		fprintf(stderr, "plan_bench: out of memory\n");
		return 1;
	}
	before = peak_kib();
	for (r = 0; r < runs; r++) {
		struct linktable_plan *p = NULL;
		double start;

		memcpy(work, g.ptrs, n * sizeof(*work));
		start = now_ms();
		if (baseline) {
			extra = baseline_order(work, n, 1000);
			if (extra < 0 || !valid_order(&g, work)) {
				fprintf(stderr, "plan_bench: the mock-up's order is wrong (%ld passes)\n", extra);
				return 1;
			}
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
	qsort(t, (size_t)runs, sizeof(t[0]), cmp);
	printf("%zu %.3f %.3f %ld %ld\n", n, t[runs / 2], t[0], peak_kib() - before, extra);
	free(work);
	gen_free(&g);
	return 0;
}
