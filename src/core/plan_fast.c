/* SPDX-License-Identifier: MIT */
/*
 * The planner's fast path: the table every correct program has - every
 * step named, levels and subarchs in range, no phase past the set, no two
 * steps alike, every dependency naming a step by that step's own string
 * (the linker merges equal literals; tables built at run time pass the
 * steps' names) at a level no higher, hard ones on no fewer subarchs.
 * Those rules are checked in two passes that touch each step and each
 * dependency name once, fused, with no out-of-line call per step.
 *
 * It only says yes or "not sure": at the first thing it does not handle -
 * any broken rule, a dependency whose address is no step's name (it may
 * still name one by its characters), a step naming itself, released
 * phases to check - it returns 0 having recorded nothing, and plan.c runs
 * the general checks from scratch, which report every error.  So its
 * verdicts are the general path's by construction: it only ever answers
 * for tables on which the general path records no error before the
 * ordering, and it then fills the same arrays the same way.
 */
#include "plan_internal.h"

/* Index slots: a tag from the name's hash over (id + 1), 0 when empty.
 * Unlike plan_index.c's, the slot comes from the hash's top bits (no
 * mixing needed: they depend on every byte) and the tag from bits below
 * them. */
#define SLOT(tag, id) ((unsigned long long)(tag) << 32 | (unsigned long long)((id) + 1))
#define SLOT_ID(slot) ((linktable__size_t)((slot) & 0xffffffffu) - 1)

/* Resolves the names of @list (by address only) for step @i (@s) into
 * @dep_id, counting each in @rdep_count; the count, or -1 when one is not
 * the address of a step's name, is @i itself, or breaks the level rule,
 * or (@hard) the subarch rule.  The probe is linktable__plan_ptrs_find()'s,
 * keeping the step it found. */
static inline long resolve_list(const struct linktable__plan_ptrs *px, const struct linktable_init_step *s,
				const char *const *list, linktable__size_t i, linktable__size_t *dep_id,
				linktable__size_t *rdep_count, int hard)
{
	const struct linktable_init_step *const *steps = px->steps;
	const char *name;
	unsigned int level = s->level;
	linktable_subarch_mask_t subarchs = s->subarchs;
	long k;

	for (k = 0; (name = list[k]) != (const char *)0; k++) {
		linktable__size_t j = linktable__plan_ptr_slot(px, name), d;
		const struct linktable_init_step *t;

		for (;; j = (j + 1) & px->mask) {
			if (!px->slot[j])
				return -1;
			d = px->slot[j] - 1;
			t = steps[d];
			if (t->name == name)
				break;
		}
		if (d == i || t->level > level || (hard && (subarchs & ~t->subarchs)))
			return -1;
		dep_id[k] = d;
		rdep_count[d]++; /* d's dependents, for linktable__plan_fill_rdeps() */
	}
	return k;
}

/* Pass 1, the steps: their own rules, names alike (the name index in
 * @slots, @mask + 1 of them), sort keys to @keys, plan->dropped, the
 * steps per level to @lv, each name's address to @px.  0 at the first
 * thing the fast path does not handle; else 1, with *@uses (some step has
 * a list of resources it uses, perhaps empty) and *@all_kept (none
 * dropped).  A function of its own
 * (as pass 2): each loop gets the registers to itself. */
static int check_steps(const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int nphases,
		       linktable_subarch_mask_t bit, unsigned long long *slots, linktable__size_t mask, unsigned int shift,
		       struct linktable__plan_ptrs *px, unsigned long long *keys, unsigned char *dropped,
		       struct linktable__plan_levels *lv, int *uses, int *all_kept)
{
	linktable__size_t i;
	linktable_subarch_mask_t all = bit;
	linktable__uintptr_t use = 0;

	for (i = 0; i < n; i++) {
		const struct linktable_init_step *s = steps[i];
		unsigned long long key7, h;
		linktable__size_t j;
		unsigned int tag, level;

		if (!s || !s->name || !*s->name || (level = s->level) >= LINKTABLE_LEVELS || !s->subarchs)
			return 0;
		/* The usual phase set's test unrolled, without the switch. */
		if (nphases == LINKTABLE_DEFAULT_PHASES ? linktable__step_extra_phases(s, LINKTABLE_DEFAULT_PHASES)
							: linktable__step_extra_phases(s, nphases))
			return 0;
		use |= (linktable__uintptr_t)s->uses; /* an empty list: checked for nothing */
		dropped[i] = (s->subarchs & bit) ? LINKTABLE_PLAN_KEPT : LINKTABLE_PLAN_UNSUPPORTED;
		all &= s->subarchs;
		lv->count[level]++;
		h = linktable__plan_name_scan(s->name, &key7);
		keys[i] = LINKTABLE__PLAN_SORT_KEY(level, key7);
		tag = (unsigned int)(h >> 16);
		for (j = (linktable__size_t)(h >> shift); slots[j]; j = (j + 1) & mask)
			if ((unsigned int)(slots[j] >> 32) == tag) {
				const char *other = steps[SLOT_ID(slots[j])]->name;

				if (other == s->name || linktable__strcmp(other, s->name) == 0)
					return 0; /* a duplicate name */
			}
		slots[j] = SLOT(tag, i);
		/* No two steps share a name, so neither an address: the
		 * first free slot is this one's. */
		for (j = linktable__plan_ptr_slot(px, s->name); px->slot[j]; j = (j + 1) & px->mask)
			;
		px->slot[j] = (unsigned int)i + 1;
	}
	*uses = use != 0;
	*all_kept = all != 0; /* every step has the plan's subarch */
	return 1;
}

/* Pass 2, the dependencies: no two names alike, so a step's address
 * names that step and no other, as the name index would say.  Fills the
 * plan's dependency arrays and counts each step's dependents in
 * plan->rdep_start; 0 at the first thing the fast path does not handle. */
static int resolve_deps(struct linktable_plan *plan, const struct linktable__plan_ptrs *px)
{
	const struct linktable_init_step *const *steps = plan->steps;
	linktable__size_t n = plan->nsteps, i, total = 0;
	/* Locals: the compiler cannot tell these stores from the plan's
	 * fields otherwise, and would read every field again. */
	linktable__size_t *dep_id = plan->dep_id, *dep_start = plan->dep_start, *rdep_count = plan->rdep_start;
	unsigned int *dep_nhard = plan->dep_nhard, *dep_nafter = plan->dep_nafter;

	memset(rdep_count, 0, n * sizeof(*rdep_count));
	for (i = 0; i < n; i++) {
		const struct linktable_init_step *s = steps[i];
		long nhard = 0, nafter = 0, nsoft = 0;

		dep_start[i] = total;
		if (s->depends) {
			if ((nhard = resolve_list(px, s, s->depends, i, dep_id + total, rdep_count, 1)) < 0)
				return 0;
			total += (linktable__size_t)nhard;
		}
		if (s->after) {
			if ((nafter = resolve_list(px, s, s->after, i, dep_id + total, rdep_count, 0)) < 0)
				return 0;
			total += (linktable__size_t)nafter;
		}
		if (s->soft_depends) {
			if ((nsoft = resolve_list(px, s, s->soft_depends, i, dep_id + total, rdep_count, 0)) < 0)
				return 0;
			total += (linktable__size_t)nsoft;
		}
		dep_nhard[i] = (unsigned int)nhard;
		dep_nafter[i] = (unsigned int)nafter;
	}
	dep_start[n] = total;
	return 1;
}

int linktable__plan_fast(struct linktable_plan *plan, const struct linktable_plan_options *opts,
			 const struct linktable__plan_scratch *scratch, unsigned long long *slots)
{
	linktable__size_t n = plan->nsteps, mask = linktable__plan_index_slots(n) - 1;
	unsigned int shift = 64;
	/* The sort keys go where the ranks will (scratch the ordering
	 * overwrites only after reading them), not in plan->order, which
	 * the ordering may fill straight from them. */
	unsigned long long *keys = (unsigned long long *)scratch->seen;
	struct linktable__plan_ptrs px;
	struct linktable__plan_levels lv;
	int uses, all_kept;

	if (sizeof(linktable__size_t) < sizeof(unsigned long long) || plan->subarch >= LINKTABLE_SUBARCH_MAX ||
	    (opts && opts->is_released) ||
	    linktable__plan_ptrs_init(&px, scratch->heap, n * linktable__plan_heap_entry_size(), plan->steps, n) < 0)
		return 0;
	memset(slots, 0, (mask + 1) * sizeof(*slots));
	memset(&lv, 0, sizeof(lv));
	for (linktable__size_t m = mask; m; m >>= 1) /* the top log2(slots) bits */
		shift--;
	if (!check_steps(plan->steps, n, plan->nphases, LINKTABLE_SUBARCH_BIT(plan->subarch), slots, mask, shift, &px, keys,
			 plan->dropped, &lv, &uses, &all_kept) ||
	    !resolve_deps(plan, &px))
		return 0;
	linktable__plan_fill_rdeps(plan);
	linktable__plan_order_levels(plan, scratch, &lv, keys, all_kept);
	if (uses)
		linktable__plan_check_resources(plan, scratch);
	return 1;
}
