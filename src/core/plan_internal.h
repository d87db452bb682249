/* SPDX-License-Identifier: MIT */
/*
 * Private helpers of the init planner (all in caller-provided storage).
 */
#ifndef LINKTABLE_CORE_PLAN_INTERNAL_H
#define LINKTABLE_CORE_PLAN_INTERNAL_H

/* init.h: the core defines the deprecated 0.1 names too (verbs.c says which). */
#include <linktable/init.h>

#include "text.h"

/* One pass over @s: its hash, and in *@key7 its first 7 bytes in byte
 * order (the low 56 bits of the ordering's sort key, plan_order.c).  The
 * first 8 bytes are gathered into a word and mixed at once; longer names
 * continue FNV-1a style.  The result is a product by an odd constant: its
 * top bits depend on every byte, its low bits only on the last ones, so a
 * table takes its slot from the top bits (the fast path) or mixes first
 * (linktable__plan_name_mix()). */
static inline unsigned long long linktable__plan_name_scan(const char *s, unsigned long long *key7)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long long w = 0, h;
	unsigned int i;

	/* Unrolled: a test and a shift per byte, no counter. */
#define BYTE(k) \
	if (!p[k]) { \
		i = k; \
		goto gathered; \
	} \
	w = w << 8 | p[k];
	BYTE(0) BYTE(1) BYTE(2) BYTE(3) BYTE(4) BYTE(5) BYTE(6) BYTE(7)
#undef BYTE
	i = 8;
gathered:
	*key7 = i >= 7 ? w >> (8 * (i - 7)) : w << (8 * (7 - i));
	h = (w ^ i) * 0x9e3779b97f4a7c15ull;
	if (p[i]) { /* longer: FNV-1a, then the bytes carried to the top */
		for (p += i; *p; p++)
			h = (h ^ *p) * 0x100000001b3ull;
		h *= 0x9e3779b97f4a7c15ull;
	}
	return h;
}

/* linktable__plan_name_scan()'s hash mixed so that its low bits depend on
 * every byte too (the name index takes its slot from them). */
static inline unsigned long long linktable__plan_name_mix(unsigned long long h)
{
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ull;
	return h ^ (h >> 32);
}

/* Name -> step id, open addressing; built once per plan. */
struct linktable__plan_index {
	linktable__size_t mask;      /* slots - 1, slots a power of two >= 2n */
	unsigned long long *slot;    /* hash tag and step id + 1, or 0 */
	const struct linktable_init_step **steps;
};

/* Slots of the index for @n steps (a power of two, at least 16). */
LINKTABLE_CORE_INTERNAL linktable__size_t linktable__plan_index_slots(linktable__size_t n);
/* Uses @slots (linktable__plan_index_slots(n) of them, any content). */
LINKTABLE_CORE_INTERNAL void linktable__plan_index_init(struct linktable__plan_index *ix, unsigned long long *slots,
							const struct linktable_init_step **steps, linktable__size_t n);
/* Inserts @id; returns -1, or the id already holding that name.  Its
 * name's first 7 bytes (zero-padded), in byte order, go to *@key7. */
LINKTABLE_CORE_INTERNAL long linktable__plan_index_add(struct linktable__plan_index *ix, linktable__size_t id,
						       unsigned long long *key7);
LINKTABLE_CORE_INTERNAL long linktable__plan_index_find(const struct linktable__plan_index *ix, const char *name);

/* Step id by the address of its name: resolving a dependency whose name
 * is a step's own string (a linker merges equal literals) costs no
 * hashing of characters.  Only an address: a miss is not an answer, and
 * the planner uses it only when no two steps share a name (else the name
 * index decides which one a name means). */
struct linktable__plan_ptrs {
	unsigned int *slot;          /* step id + 1, or 0 */
	linktable__size_t mask;
	unsigned int shift;
	const struct linktable_init_step **steps;
};

/* In @bytes of @mem (scratch); -1 when too small for @n steps. */
LINKTABLE_CORE_INTERNAL int linktable__plan_ptrs_init(struct linktable__plan_ptrs *px, void *mem, linktable__size_t bytes,
						      const struct linktable_init_step **steps, linktable__size_t n);

/* Fibonacci hashing of the address: its top bits pick the slot.  Inline:
 * the planner calls these once per step and per dependency. */
static inline linktable__size_t linktable__plan_ptr_slot(const struct linktable__plan_ptrs *px, const char *name)
{
	unsigned long long h = (unsigned long long)(linktable__uintptr_t)name * 0x9e3779b97f4a7c15ull;

	return (linktable__size_t)(h >> px->shift);
}

static inline void linktable__plan_ptrs_add(struct linktable__plan_ptrs *px, linktable__size_t id)
{
	const char *name = px->steps[id]->name;
	linktable__size_t i = linktable__plan_ptr_slot(px, name);

	for (; px->slot[i]; i = (i + 1) & px->mask)
		if (px->steps[px->slot[i] - 1]->name == name)
			return; /* the first step of that address keeps it */
	px->slot[i] = (unsigned int)id + 1;
}

static inline long linktable__plan_ptrs_find(const struct linktable__plan_ptrs *px, const char *name)
{
	linktable__size_t i = linktable__plan_ptr_slot(px, name);

	for (; px->slot[i]; i = (i + 1) & px->mask)
		if (px->steps[px->slot[i] - 1]->name == name)
			return (long)px->slot[i] - 1;
	return -1;
}

/* linktable_plan_make(), which it is with @fingerprint 1; with 0 the steps
 * are not hashed and plan->fingerprint stays 0 (linktable_plan_build():
 * a plan of a step array, which no build-time plan is compared with - the
 * hash was a tenth of the work at 100 steps).  @e: the steps' dependency
 * names (linktable__step_dep_count() summed, as a caller that sized the
 * storage has counted them), or LINKTABLE__PLAN_COUNT_DEPS to count them. */
#define LINKTABLE__PLAN_COUNT_DEPS ((linktable__size_t)-1)
LINKTABLE_CORE_INTERNAL long linktable__plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
						  const struct linktable_init_step *const *steps, linktable__size_t n,
						  unsigned int subarch, const struct linktable_plan_options *opts,
						  int fingerprint, linktable__size_t e);

/* The names in @list (NULL: none), by the address past its last. */
static inline linktable__size_t linktable__step_list_len(const char *const *list)
{
	const char *const *l = list;

	if (!l)
		return 0;
	while (*l)
		l++;
	return (linktable__size_t)(l - list);
}

/* Hard plus soft dependency names of @s (0 for a NULL or nameless step).
 * Inline: every caller sizing a plan's storage runs it once per step. */
static inline linktable__size_t linktable__step_dep_count(const struct linktable_init_step *s)
{
	if (!s || !s->name)
		return 0;
	return linktable__step_list_len(s->depends) + linktable__step_list_len(s->after) +
	       linktable__step_list_len(s->soft_depends);
}

/* Whether @s has a phase at or past @nphases (the "extra phase" rule's
 * question; one test when it has none). */
static inline int linktable__step_extra_phases(const struct linktable_init_step *s, unsigned int nphases)
{
	linktable__uintptr_t extra = 0;

	switch (nphases) {
	case 0:
		extra |= (linktable__uintptr_t)s->phase[0];
		/* fall through */
	case 1:
		extra |= (linktable__uintptr_t)s->phase[1];
		/* fall through */
	case 2:
		extra |= (linktable__uintptr_t)s->phase[2];
		/* fall through */
	case 3:
		extra |= (linktable__uintptr_t)s->phase[3];
		/* fall through */
	case 4:
		extra |= (linktable__uintptr_t)s->phase[4];
		/* fall through */
	case 5:
		extra |= (linktable__uintptr_t)s->phase[5];
		/* fall through */
	case 6:
		extra |= (linktable__uintptr_t)s->phase[6];
		/* fall through */
	case 7:
		extra |= (linktable__uintptr_t)s->phase[7];
		/* fall through */
	default:
		break;
	}
	return extra != 0;
}

/* Scratch the ordering needs, carved from the plan's storage. */
struct linktable__plan_scratch {
	unsigned long long *keys;   /* n sort keys (plan->order's room, where it
				     * is wide enough), or NULL */
	void *heap;                 /* n heap entries */
	linktable__size_t *seen;    /* n */
	void *spare;                /* the name index's slots: at least n heap
				     * entries, free once names are resolved */
};

/* The sort key of a step whose name begins with @key7 (first 7 bytes). */
#define LINKTABLE__PLAN_SORT_KEY(level, key7) ((unsigned long long)((level) & 0xffu) << 56 | (key7))

/* Orders plan->steps (dependencies resolved) into plan->order, dropping
 * unsupported steps; records cycles. */
LINKTABLE_CORE_INTERNAL void linktable__plan_order_steps(struct linktable_plan *plan,
							 const struct linktable__plan_scratch *scratch);
LINKTABLE_CORE_INTERNAL linktable__size_t linktable__plan_heap_entry_size(void);

/* The steps per level, the fast path counts as it checks them (every
 * level below LINKTABLE_LEVELS). */
struct linktable__plan_levels {
	unsigned int count[LINKTABLE_LEVELS];
};

/* linktable__plan_order_steps() for a plan whose steps @lv has counted,
 * with their sort keys in @keys (n, not scratch the ordering uses but
 * scratch->seen) and plan->dropped set: spread by level, the levels in use
 * visited in order, and no rank is compared unless a level holds more
 * than one step; @all_kept when no step is dropped. */
LINKTABLE_CORE_INTERNAL void linktable__plan_order_levels(struct linktable_plan *plan,
							  const struct linktable__plan_scratch *scratch,
							  struct linktable__plan_levels *lv, const unsigned long long *keys,
							  int all_kept);

/* Reverse edges (plan->rdep_start, rdep_id) of the resolved dependencies. */
LINKTABLE_CORE_INTERNAL void linktable__plan_build_rdeps(struct linktable_plan *plan);
/* The same when plan->rdep_start[d] already counts d's dependents (the
 * fast path counts them as it resolves). */
LINKTABLE_CORE_INTERNAL void linktable__plan_fill_rdeps(struct linktable_plan *plan);

/* The fast path (plan_fast.c): plans a table that breaks no rule before
 * the ordering and names every dependency by a step's own string: 1;
 * else 0, having recorded nothing (plan_steps() then runs the general
 * checks).  plan_steps() has set the plan's header and zeroed unordered. */
LINKTABLE_CORE_INTERNAL int linktable__plan_fast(struct linktable_plan *plan, const struct linktable_plan_options *opts,
						 const struct linktable__plan_scratch *scratch, unsigned long long *slots);

/* The "resource" rule (plan_resources.c), after the dependencies are
 * resolved and ordered: the scratch is free again. */
/* The first critical step of @plan lacking @subarch (-1: none); their
 * number in *@count (if not NULL); with @size, each in @buf as "name
 * (supports pc, xen)", ", "-separated.  The one rule behind a refused boot
 * and the verdict "refused" on a subarch. */
LINKTABLE_CORE_INTERNAL long linktable__plan_unsupported_critical_on(const struct linktable_plan *plan,
								     unsigned int subarch, linktable__size_t *count,
								     char *buf, linktable__size_t size);
LINKTABLE_CORE_INTERNAL void linktable__plan_check_resources(struct linktable_plan *plan,
							     const struct linktable__plan_scratch *scratch);

/* Records an error (the count always grows; the record is kept if room). */
LINKTABLE_CORE_INTERNAL void linktable__plan_error(struct linktable_plan *plan, unsigned int kind, linktable__size_t a,
						   linktable__size_t b, unsigned int value);

/* The name of @phase in a phase set of @nphases named @names (may be NULL). */
LINKTABLE_CORE_INTERNAL const char *linktable__phase_name(const char *const *names, unsigned int nphases,
							  unsigned int phase);

/* Takes @pre over into @plan (steps collected, storage laid out) when it is
 * sealed for this table (@is_sealed: linktable__plan_prebuilt_sealed() said
 * so, the seal read once), or its fingerprint matches: 1; else 0
 * (plan->prebuilt -1 when @pre is stale).  Sets plan->fingerprint either
 * way (hashing the table unless @pre is sealed). */
LINKTABLE_CORE_INTERNAL int linktable__plan_take_prebuilt(struct linktable_plan *plan,
							  const struct linktable_prebuilt_plan *pre, unsigned int subarch,
							  int is_sealed);

/* Whether linktable__plan_take_prebuilt() will take @pre (may be NULL)
 * over for a table of @n steps by its seal alone, for @subarch. */
LINKTABLE_CORE_INTERNAL int linktable__plan_prebuilt_sealed(const struct linktable_prebuilt_plan *pre,
							    linktable__size_t n, unsigned int subarch);

/* @pre's seal field as the image holds it now (never constant-folded). */
LINKTABLE_CORE_INTERNAL unsigned long long linktable__plan_prebuilt_seal(const struct linktable_prebuilt_plan *pre);

#endif
