/* SPDX-License-Identifier: MIT */
/* tests/free/range_named.h - a range of this image's set by name. */
#ifndef LINKTABLE_TESTS_FREE_RANGE_NAMED_H
#define LINKTABLE_TESTS_FREE_RANGE_NAMED_H

#include <string.h>

#include <linktable/free.h>

/* The range called @name in LINKTABLE_FREE_SET, or NULL. */
static inline const struct linktable_free_range *range_named(const char *name)
{
	unsigned int i;

	for (i = 0; i < LINKTABLE_FREE_SET->count; i++)
		if (strcmp(LINKTABLE_FREE_SET->ranges[i].range->name, name) == 0)
			return &LINKTABLE_FREE_SET->ranges[i];
	return NULL;
}

#endif
