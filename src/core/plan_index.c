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
	uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a, then a final mix */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ull;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 32);
}

/* A slot holds the hash's top 32 bits over (id + 1), 0 when empty: probes
 * compare tags and touch a step's name only when the tag matches. */
#define SLOT(tag, id) ((uint64_t)(tag) << 32 | (uint64_t)((id) + 1))
#define SLOT_ID(slot) ((size_t)((slot) & 0xffffffffu) - 1)
#define SLOT_TAG(slot) ((uint32_t)((slot) >> 32))

int plan_index_init(struct plan_index *ix, const struct linktable_init_step **steps, size_t n)
{
	size_t slots = 16;

	if (n >= 0xffffffffu)
		return -1; /* ids must fit the slot's 32 bits */
	while (slots < 2 * n)
		slots *= 2;
	ix->slot = calloc(slots, sizeof(*ix->slot));
	if (!ix->slot)
		return -1;
	ix->mask = slots - 1;
	ix->steps = steps;
	return 0;
}

/* The slot holding @name, or the empty slot where it would go. */
static size_t probe(const struct plan_index *ix, const char *name)
{
	uint64_t h = name_hash(name);
	uint32_t tag = (uint32_t)(h >> 32);
	size_t i = h & ix->mask;

	for (; ix->slot[i]; i = (i + 1) & ix->mask)
		if (SLOT_TAG(ix->slot[i]) == tag && strcmp(ix->steps[SLOT_ID(ix->slot[i])]->name, name) == 0)
			break;
	return i;
}

long plan_index_add(struct plan_index *ix, size_t id)
{
	const char *name = ix->steps[id]->name;
	size_t i = probe(ix, name);

	if (ix->slot[i])
		return (long)SLOT_ID(ix->slot[i]);
	ix->slot[i] = SLOT(name_hash(name) >> 32, id);
	return -1;
}

long plan_index_find(const struct plan_index *ix, const char *name)
{
	size_t i = probe(ix, name);

	return ix->slot[i] ? (long)SLOT_ID(ix->slot[i]) : -1;
}

void plan_index_free(struct plan_index *ix)
{
	free(ix->slot);
	ix->slot = NULL;
}
