/* SPDX-License-Identifier: MIT */
/*
 * The original mock-up's ordering, written from its description for
 * comparison only: for each step, scan the whole table for each step it
 * depends on and, if that one is later, swap it forward; repeat until a
 * pass changes nothing.  Quadratic per pass, several passes.
 */
#include <string.h>

#include "baseline.h"

long baseline_order(const struct linktable_init_step **t, size_t n, size_t max_passes)
{
	size_t pass, i, j, k;
	int changed = 1;

	for (pass = 0; changed && pass < max_passes; pass++) {
		changed = 0;
		for (i = 0; i < n; i++) {
			for (k = 0; t[i]->depends && t[i]->depends[k]; k++) {
				for (j = 0; j < n; j++)
					if (strcmp(t[j]->name, t[i]->depends[k]) == 0)
						break;
				if (j < n && j > i) {
					const struct linktable_init_step *s = t[i];

					t[i] = t[j];
					t[j] = s;
					changed = 1;
				}
			}
		}
	}
	return changed ? -1 : (long)pass;
}
