/* SPDX-License-Identifier: MIT */
/*
 * The seed's mock-up sort, ported for the planner benchmark (bench only):
 * see baseline.c for the source it is ported from.
 */
#ifndef LINKTABLE_BENCH_BASELINE_H
#define LINKTABLE_BENCH_BASELINE_H

#include <stdbool.h>
#include <stdint.h>

/*
 * struct x86_init_fn as the mock-up declares it (arch/x86/include/asm/
 * x86_init_fn.h): one dependency, named by the dependency's detect
 * function pointer, matched by pointer comparison.
 */
struct x86_init_fn {
	uint32_t order_level;
	uint32_t supp_hardware_subarch;
	bool (*detect)(void);
	bool (*depend)(void);
	void (*early_init)(void);
	void (*setup_arch)(void);
	void (*late_init)(void);
	const char *name;
	uint32_t flags;
};

/**
 * linktable_bench_x86_init_fn_sort() - the mock-up's x86_init_fn_sort() on
 * the table [@start, @finish), in place.
 * @start: first entry.  @finish: one past the last.
 */
void linktable_bench_x86_init_fn_sort(struct x86_init_fn *start, struct x86_init_fn *finish);

#endif
