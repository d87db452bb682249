/* SPDX-License-Identifier: MIT */
/* tests/freestanding: a table in a program without libc. */
#ifndef LINKTABLE_TESTS_FREESTANDING_COUNTERS_H
#define LINKTABLE_TESTS_FREESTANDING_COUNTERS_H

#include <linktable/linktable.h>

struct counter {
	unsigned int level;
	unsigned int weight;
};
LINKTABLE_DECLARE(struct counter, counters);

#endif
