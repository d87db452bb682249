/* SPDX-License-Identifier: MIT */
/*
 * linktable/internal/macho.h - the table layout on Mach-O (macOS).
 *
 * Not a public API: <linktable/linktable.h> includes it at its end on
 * Mach-O targets, where it replaces the ELF definitions of the macros
 * below; the public macros and their documentation stay the same.
 *
 * Why records in one section (toolchain.h, "Mach-O"): a Mach-O section name
 * has 16 characters at most and an image 255 sections at most, so neither
 * a section per table and level nor a section per table scales.  Every
 * entry of every table is a record in __DATA_CONST,linktable: the table's
 * bounds object (which tells the tables apart), the level, and a pointer
 * to the entry (a relative table: to the function).  Records keep link
 * order.  A walk goes over the table's records once per level that has
 * entries, in ascending order (descending for a reverse walk), and while
 * it visits one level it finds the next: k + 1 passes for k levels in use,
 * with nothing but the loop state.  The first use of a table (a walk,
 * COUNT or EMPTY) counts its records and narrows later passes to the span
 * between its first and its last record, in the table's cache.
 * Differences a user can see:
 *   - entries are not contiguous: do not index from one entry to the next;
 *   - LINKTABLE_ENTRY() and LINKTABLE_REL_ENTRY() at file scope only;
 *   - a relative table holds function pointers (fixed up by dyld), not
 *     32-bit offsets;
 *   - a walk costs a pass over the table's records per level in use.
 */
#ifndef LINKTABLE_INTERNAL_MACHO_H
#define LINKTABLE_INTERNAL_MACHO_H

#if defined(LTX_MACHO) || (defined(__APPLE__) && defined(__MACH__))
#ifndef LINKTABLE_LINKTABLE_H
#error "linktable/internal/macho.h is internal: include <linktable/linktable.h>"
#else

/* One record: four words, pointer-aligned, so that contributions of several
 * objects follow each other with no padding between them. */
struct linktable__macho_slot {
	const struct linktable_bounds *table;
	linktable__uintptr_t level;
	const void *entry;  /* a plain table's entry (NULL in a relative table) */
	void (*fn)(void);   /* a relative table's function (NULL otherwise) */
};

/* The section's bounds, made by the linker. */
LTX_EXTERN_C_BEGIN
extern const struct linktable__macho_slot linktable__macho_first[] __asm__(LTX_MACHO_START);
extern const struct linktable__macho_slot linktable__macho_last[] __asm__(LTX_MACHO_END);
LTX_EXTERN_C_END

/* Slot 0 of the bounds holds the section's bounds; the cache's range[0]
 * the span of this table's records (its first and one past its last),
 * bytes its count times the size of a pointer. */
#undef LTX_DEFINE_BOUNDS
#define LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, esize, ealign, #name, tname); \
	static struct linktable__cache linktable__cache_##name; \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_bounds linktable_bounds_##name = { \
		&linktable__cache_##name, \
		{ { (const char *)linktable__macho_first, (const char *)linktable__macho_last } } \
	}

#define LTX_MACHO_SLOT_ATTRS \
	__attribute__((__used__, LTX_NO_ASAN __section__(LTX_MACHO_SECTION), __aligned__(sizeof(const void *))))

/* A record of @table at @level: @entry (plain) or @fn (relative). */
#define LTX_MACHO_SLOT(table, level, slot, entry, fn) \
	LTX_MACHO_SLOT_ATTRS static const struct linktable__macho_slot slot = { \
		&linktable_bounds_##table, (level), (entry), (fn) \
	}

/*
 * The entry is declared first, so that its record can point at it, then
 * defined by the initializer that follows the macro.  C: a tentative
 * definition.  C++ cannot declare an object with internal linkage before
 * defining it, but it can a static member of a class in an unnamed
 * namespace; @name is a reference to that member, constant-initialised as
 * on ELF.
 */
#undef LINKTABLE_ENTRY
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, LTX_LEVEL_NORM(level), name)
#undef LTX_ENTRY_
#ifndef __cplusplus
#define LTX_ENTRY_(table, level, name) \
	LTX_LEVEL_CHECK(level); \
	static const linktable_type_##table name; \
	LTX_MACHO_SLOT(table, level, linktable__slot_##name, &(name), LTX_NULL); \
	static const linktable_type_##table name
#else
#if defined(__cpp_constinit)
#define LTX_MACHO_CONSTINIT constinit
#elif defined(__clang__)
#define LTX_MACHO_CONSTINIT __attribute__((require_constant_initialization))
#else
#define LTX_MACHO_CONSTINIT __constinit
#endif
#define LTX_ENTRY_(table, level, name) \
	LTX_LEVEL_CHECK(level); \
	namespace { \
	struct linktable__entry_##name { \
		static const linktable_type_##table value; \
	}; \
	} \
	LTX_MACHO_SLOT(table, level, linktable__slot_##name, &linktable__entry_##name::value, LTX_NULL); \
	LTX_MAYBE_UNUSED static const linktable_type_##table &name = linktable__entry_##name::value; \
	LTX_MACHO_CONSTINIT const linktable_type_##table linktable__entry_##name::value
#endif

#undef LTX_REL_ENTRY_
#define LTX_REL_ENTRY_(table, level, fn) \
	LTX_LEVEL_CHECK(level); \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(&(fn)), linktable_type_##table), \
			  "linktable: " #fn " is not of the function type of relative table " #table); \
	LTX_MACHO_SLOT(table, level, LTX_UNIQUE(linktable__rel_), LTX_NULL, (void (*)(void))&(fn))

/* Whether record @s belongs to table @b. */
#define LTX_MACHO_MINE(s, b) ((s)->table == (b) && ((s)->entry || (s)->fn))

/* First use of a table: count its records and find their span. */
static LTX_COLD const struct linktable__cache *linktable__macho_fill(const struct linktable_bounds *b)
{
	const struct linktable__macho_slot *s, *end;
	struct linktable__cache *c;
	unsigned int i, lo = 0, hi = 0, n = 0;

	LTX_LAUNDER(b);
	c = b->cache;
	s = (const struct linktable__macho_slot *)(const void *)b->level[0].begin;
	end = (const struct linktable__macho_slot *)(const void *)b->level[0].end;
	LTX_LAUNDER(s);
	LTX_LAUNDER(end);
	for (i = 0; s + i < end; i++) {
		if (LTX_MACHO_MINE(s + i, b)) {
			if (!n++)
				lo = i;
			hi = i + 1;
		}
	}
	LTX_STORE_RELAXED(&c->range[0].begin, (const char *)(const void *)(s + lo));
	LTX_STORE_RELAXED(&c->range[0].end, (const char *)(const void *)(s + hi));
	LTX_STORE_RELAXED(&c->bytes, (linktable__size_t)n * sizeof(const void *));
	LTX_STORE_RELEASE(&c->state, 1u);
	return c;
}

static inline const struct linktable__cache *linktable__macho_cache(const struct linktable_bounds *b)
{
	const struct linktable__cache *c;

	LTX_LAUNDER(b);
	c = b->cache;
	if (LTX_UNLIKELY(LTX_LOAD_ACQUIRE(&c->state) == 0))
		c = linktable__macho_fill(b);
	return c;
}

/* Loop state of a walk: the table's span of records, the current level
 * and the next one found so far (LTX_MACHO_NONE: none yet). */
#define LTX_MACHO_NONE (~(linktable__uintptr_t)0)
struct linktable__macho_iter {
	const struct linktable_bounds *table;
	const struct linktable__macho_slot *first, *last, *cur;
	linktable__uintptr_t level, next;
	int once;
};

/* A walk of @b: forward from level 0 (@reverse 0) or back from level 99. */
static inline struct linktable__macho_iter linktable__macho_begin(const struct linktable_bounds *b, int reverse)
{
	const struct linktable__cache *c = linktable__macho_cache(b);
	struct linktable__macho_iter it;

	LTX_LAUNDER(b);
	it.table = b;
	it.first = (const struct linktable__macho_slot *)(const void *)LTX_LOAD_RELAXED(&c->range[0].begin);
	it.last = (const struct linktable__macho_slot *)(const void *)LTX_LOAD_RELAXED(&c->range[0].end);
	it.cur = reverse ? it.last : it.first;
	it.level = reverse ? LTX_LEVELS - 1 : 0;
	it.next = LTX_MACHO_NONE;
	it.once = 1;
	return it;
}

/* The table's next record in level order, or NULL after the last. */
static inline const struct linktable__macho_slot *linktable__macho_next(struct linktable__macho_iter *it)
{
	for (;;) {
		while (it->cur != it->last) {
			const struct linktable__macho_slot *s = it->cur++;

			if (!LTX_MACHO_MINE(s, it->table))
				continue;
			if (s->level == it->level)
				return s;
			if (s->level > it->level && (it->next == LTX_MACHO_NONE || s->level < it->next))
				it->next = s->level;
		}
		if (it->next == LTX_MACHO_NONE)
			return (const struct linktable__macho_slot *)LTX_NULL;
		it->level = it->next;
		it->next = LTX_MACHO_NONE;
		it->cur = it->first;
	}
}

/* The table's previous record in level order, or NULL before the first. */
static inline const struct linktable__macho_slot *linktable__macho_prev(struct linktable__macho_iter *it)
{
	for (;;) {
		while (it->cur != it->first) {
			const struct linktable__macho_slot *s = --it->cur;

			if (!LTX_MACHO_MINE(s, it->table))
				continue;
			if (s->level == it->level)
				return s;
			if (s->level < it->level && (it->next == LTX_MACHO_NONE || s->level > it->next))
				it->next = s->level;
		}
		if (it->next == LTX_MACHO_NONE)
			return (const struct linktable__macho_slot *)LTX_NULL;
		it->level = it->next;
		it->next = LTX_MACHO_NONE;
		it->cur = it->last;
	}
}

/* The entry of record @s, or NULL. */
static inline const void *linktable__macho_entry(const struct linktable__macho_slot *s)
{
	return s ? s->entry : LTX_NULL;
}

#undef LTX_FOREACH_
#define LTX_FOREACH_(var, table, bounds, it) \
	for (struct linktable__macho_iter it = ((var) = LTX_NULL, linktable__macho_begin(bounds, 0)); it.once; \
	     it.once = 0) \
		while (((var) = (const linktable_type_##table *)linktable__macho_entry(linktable__macho_next(&it))) != \
		       LTX_NULL)

#undef LTX_FOREACH_REVERSE_
#define LTX_FOREACH_REVERSE_(var, table, bounds, it) \
	for (struct linktable__macho_iter it = ((var) = LTX_NULL, linktable__macho_begin(bounds, 1)); it.once; \
	     it.once = 0) \
		while (((var) = (const linktable_type_##table *)linktable__macho_entry(linktable__macho_prev(&it))) != \
		       LTX_NULL)

#undef LTX_REL_FOREACH_
#define LTX_REL_FOREACH_(var, table, it, p) \
	for (struct linktable__macho_iter it = linktable__macho_begin(&linktable_bounds_##table, 0); it.once; \
	     it.once = 0) \
		for (const struct linktable__macho_slot *p; (p = linktable__macho_next(&it)) != LTX_NULL && \
							     ((var) = (linktable_type_##table)p->fn, 1);)

#undef LTX_REL_FOREACH_REVERSE_
#define LTX_REL_FOREACH_REVERSE_(var, table, it, p) \
	for (struct linktable__macho_iter it = linktable__macho_begin(&linktable_bounds_##table, 1); it.once; \
	     it.once = 0) \
		for (const struct linktable__macho_slot *p; (p = linktable__macho_prev(&it)) != LTX_NULL && \
							     ((var) = (linktable_type_##table)p->fn, 1);)

#undef LINKTABLE_COUNT
#define LINKTABLE_COUNT(table) \
	(LTX_LOAD_RELAXED(&linktable__macho_cache(&linktable_bounds_##table)->bytes) / sizeof(const void *))
#undef LINKTABLE_EMPTY
#define LINKTABLE_EMPTY(table) (LINKTABLE_COUNT(table) == 0)
#undef LINKTABLE_REL_COUNT
#define LINKTABLE_REL_COUNT(table) LINKTABLE_COUNT(table)

#endif /* LINKTABLE_LINKTABLE_H */
#endif /* Mach-O */
#endif /* LINKTABLE_INTERNAL_MACHO_H */
