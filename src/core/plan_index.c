/* SPDX-License-Identifier: MIT */
/*
 * Step lookup by name: an open-addressing hash table in the plan's storage,
 * so resolving e dependency names costs O(n + e) expected.
 */
#include "plan_internal.h"

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

/* The slot holding @name, or the empty slot where it would go; its hash's
 * tag in *@tag (so that adding does not hash the name twice), its first 7
 * bytes in *@key7. */
static linktable__size_t probe(const struct linktable__plan_index *ix, const char *name, unsigned int *tag_out,
			       unsigned long long *key7)
{
	unsigned long long h = linktable__plan_name_mix(linktable__plan_name_scan(name, key7));
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
	*tag_out = tag;
	return i;
}

long linktable__plan_index_add(struct linktable__plan_index *ix, linktable__size_t id, unsigned long long *key7)
{
	const char *name = ix->steps[id]->name;
	unsigned int tag;
	linktable__size_t i = probe(ix, name, &tag, key7);

	if (ix->slot[i])
		return (long)SLOT_ID(ix->slot[i]);
	ix->slot[i] = SLOT(tag, id);
	return -1;
}

long linktable__plan_index_find(const struct linktable__plan_index *ix, const char *name)
{
	unsigned long long key7;
	unsigned int tag;
	linktable__size_t i = probe(ix, name, &tag, &key7);

	return ix->slot[i] ? (long)SLOT_ID(ix->slot[i]) : -1;
}

/* ---- Steps by the address of their name ----------------------------------- */

int linktable__plan_ptrs_init(struct linktable__plan_ptrs *px, void *mem, linktable__size_t bytes,
			      const struct linktable_init_step **steps, linktable__size_t n)
{
	linktable__size_t slots = 2;
	unsigned int bits = 1;

	while (slots * 2 * sizeof(*px->slot) <= bytes && slots < 2 * n) {
		slots *= 2;
		bits++;
	}
	if (slots <= n || slots * sizeof(*px->slot) > bytes)
		return -1;
	memset(mem, 0, slots * sizeof(*px->slot));
	px->slot = mem;
	px->mask = slots - 1;
	px->shift = 64 - bits;
	px->steps = steps;
	return 0;
}

