/* SPDX-License-Identifier: MIT */
/* The mock-up's swap-until-stable ordering (bench baseline only). */
#ifndef LINKTABLE_BENCH_BASELINE_H
#define LINKTABLE_BENCH_BASELINE_H

#include <stddef.h>

#include <linktable/init.h>

/* Orders @t in place; returns the passes taken, or -1 if still changing
 * after @max_passes. */
long baseline_order(const struct linktable_init_step **t, size_t n, size_t max_passes);

#endif
