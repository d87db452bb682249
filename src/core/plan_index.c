/* SPDX-License-Identifier: MIT */
/*
 * Step lookup by name: an open-addressing hash table in the plan's storage,
 * so resolving e dependency names costs O(n + e) expected.
 */
#include "plan_internal.h"

static unsigned long long name_hash(const char *s)
{
	unsigned long long h = 0xcbf29ce484222325ull; /* FNV-1a, then a final mix */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 0x100000001b3ull;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 32);
}

/* A slot holds the hash's top 32 bits over (id + 1), 0 when empty: probes
 * compare tags and touch a step's name only when the tag matches. */
#define SLOT(tag, id) ((unsigned long long)(tag) << 32 | (unsigned long long)((id) + 1))
#define SLOT_ID(slot) ((linktable__size_t)((slot) & 0xffffffffu) - 1)
#define SLOT_TAG(slot) ((unsigned int)((slot) >> 32))

linktable__size_t linktable__plan_index_slots(linktable__size_t n)
{
	linktable__size_t slots = 16;

	while (slots < 2 * n)
		slots *= 2;
	return slots;
}

void linktable__plan_index_init(struct linktable__plan_index *ix, unsigned long long *slots,
				const struct linktable_init_step **steps, linktable__size_t n)
{
	linktable__size_t count = linktable__plan_index_slots(n);

	memset(slots, 0, count * sizeof(*slots));
	ix->slot = slots;
	ix->mask = count - 1;
	ix->steps = steps;
}

/* The slot holding @name, or the empty slot where it would go. */
static linktable__size_t probe(const struct linktable__plan_index *ix, const char *name)
{
	unsigned long long h = name_hash(name);
	unsigned int tag = (unsigned int)(h >> 32);
	linktable__size_t i = (linktable__size_t)h & ix->mask;

	for (; ix->slot[i]; i = (i + 1) & ix->mask)
		if (SLOT_TAG(ix->slot[i]) == tag) {
			const char *other = ix->steps[SLOT_ID(ix->slot[i])]->name;

			/* The same pointer is the usual case: a linker merges
			 * equal string literals, and tables built at run time
			 * often name dependencies by the steps' own strings. */
			if (other == name || linktable__strcmp(other, name) == 0)
				break;
		}
	return i;
}

long linktable__plan_index_add(struct linktable__plan_index *ix, linktable__size_t id)
{
	const char *name = ix->steps[id]->name;
	linktable__size_t i = probe(ix, name);

	if (ix->slot[i])
		return (long)SLOT_ID(ix->slot[i]);
	ix->slot[i] = SLOT(name_hash(name) >> 32, id);
	return -1;
}

long linktable__plan_index_find(const struct linktable__plan_index *ix, const char *name)
{
	linktable__size_t i = probe(ix, name);

	return ix->slot[i] ? (long)SLOT_ID(ix->slot[i]) : -1;
}
