/* SPDX-License-Identifier: MIT */
/*
 * Step lookup by name: an open-addressing hash table, so resolving e
 * dependency names costs O(n + e) expected.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "plan_internal.h"

static uint64_t name_hash(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

int plan_index_init(struct plan_index *ix, const struct linktable_init_step **steps, size_t n)
{
	size_t slots = 16;

	while (slots < 2 * n)
		slots *= 2;
	ix->slot = malloc(slots * sizeof(*ix->slot));
	if (!ix->slot)
		return -1;
	memset(ix->slot, 0xff, slots * sizeof(*ix->slot)); /* all -1 */
	ix->mask = slots - 1;
	ix->steps = steps;
	return 0;
}

long plan_index_add(struct plan_index *ix, size_t id)
{
	const char *name = ix->steps[id]->name;
	size_t i = name_hash(name) & ix->mask;

	for (; ix->slot[i] >= 0; i = (i + 1) & ix->mask)
		if (strcmp(ix->steps[ix->slot[i]]->name, name) == 0)
			return ix->slot[i];
	ix->slot[i] = (long)id;
	return -1;
}

long plan_index_find(const struct plan_index *ix, const char *name)
{
	size_t i = name_hash(name) & ix->mask;

	for (; ix->slot[i] >= 0; i = (i + 1) & ix->mask)
		if (strcmp(ix->steps[ix->slot[i]]->name, name) == 0)
			return ix->slot[i];
	return -1;
}

void plan_index_free(struct plan_index *ix)
{
	free(ix->slot);
	ix->slot = NULL;
}
