/* SPDX-License-Identifier: MIT */
/*
 * The mock-up's ordering algorithm, from its description (mockup_sort.h,
 * docs/benchmarks.md): quadratic by design, it is the baseline the planner
 * must beat at every size.
 */
#include <stddef.h>

#include "mockup_sort.h"

/* The position of the entry whose identity is @id, or NULL. */
static struct linktable_bench_mock_entry *find_entry(struct linktable_bench_mock_entry *first,
						     struct linktable_bench_mock_entry *end, const void *id)
{
	for (struct linktable_bench_mock_entry *e = first; e < end; e++)
		if (e->id == id)
			return e;
	return NULL;
}

/* The first dependency of @here that lies after it, or NULL. */
static struct linktable_bench_mock_entry *later_dep(struct linktable_bench_mock_entry *first,
						    struct linktable_bench_mock_entry *here,
						    struct linktable_bench_mock_entry *end)
{
	struct linktable_bench_mock_entry *dep;
	const void *const *more;

	if (!here->depends_on)
		return NULL;
	dep = find_entry(first, end, here->depends_on);
	if (dep > here)
		return dep;
	for (more = here->more_deps; more && *more; more++) {
		dep = find_entry(first, end, *more);
		if (dep > here)
			return dep;
	}
	return NULL;
}

unsigned long linktable_bench_mockup_sort(struct linktable_bench_mock_entry *first,
					  struct linktable_bench_mock_entry *end)
{
	size_t n = (size_t)(end - first);
	unsigned long swaps = 0;

	for (struct linktable_bench_mock_entry *here = first; here < end; here++) {
		/* A dependency cycle would swap forever: a position sees at
		 * most n swaps (an acyclic chain is never longer). */
		for (size_t round = 0; round < n; round++) {
			struct linktable_bench_mock_entry *dep = later_dep(first, here, end);
			struct linktable_bench_mock_entry tmp;

			if (!dep)
				break;
			tmp = *here;
			*here = *dep;
			*dep = tmp;
			swaps++;
		}
	}
	return swaps;
}
