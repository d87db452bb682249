/* SPDX-License-Identifier: MIT */
/*
 * linktable/internal/pe.h - the table layout on PE/COFF (Windows).
 *
 * Not a public API: <linktable/linktable.h> includes it at its end on PE
 * targets, where it replaces the ELF definitions of the macros below; the
 * public macros and their documentation stay the same.
 *
 * Why a PE table holds pointers (toolchain.h, "PE/COFF: grouped sections"):
 * GNU as pads each object's contribution to 16 bytes, and entries of any
 * type cannot be told from the zeros between them.  So each entry is an
 * ordinary object, a pointer to it sits in the table's grouped section
 * .rdata$lt.<table>.m.<NN>, and a walk visits the non-NULL pointers
 * between the table's begin and end markers.  The markers cover every
 * level (the linker sorts the sections by key), so a PE table uses the
 * first bounds slot only; the cache, FOREACH_IN and LINKTABLE_EXPORT work
 * as on ELF.  Differences a user can see:
 *   - entries are not contiguous: do not index from one entry to the next;
 *   - LINKTABLE_ENTRY() and LINKTABLE_REL_ENTRY() at file scope only;
 *   - a relative table holds absolute pointers (based-relocated by the
 *     Windows loader), not 32-bit offsets.
 */
#ifndef LINKTABLE_INTERNAL_PE_H
#define LINKTABLE_INTERNAL_PE_H

/* Empty but on PE targets, and there only through <linktable/linktable.h>. */
#if defined(LTX_PE) || defined(_WIN32) || defined(__CYGWIN__)
#ifndef LINKTABLE_LINKTABLE_H
#error "linktable/internal/pe.h is internal: include <linktable/linktable.h>"
#else

/* The markers: one NULL slot each, kept by "used"; the walk skips them. */
#define LTX_PE_MARKER(table, key, id) \
	__attribute__((__used__, __section__(LTX_PE_TABLE_SECTION(table, key)), __aligned__(sizeof(const void *)))) \
	static const char id[sizeof(const void *)] = { 0 }

#undef LTX_DEFINE_BOUNDS
#define LTX_DEFINE_BOUNDS(name, kind, esize, ealign, tname) \
	LTX_PE_MARKER(name, "a", linktable__begin_##name); \
	LTX_PE_MARKER(name, "z", linktable__end_##name); \
	LTX_NOTE(linktable__note_##name, LTX_NOTE_TABLE, kind, esize, ealign, #name, tname); \
	static struct linktable__cache linktable__cache_##name; \
	LTX_EXTERN_C const struct linktable_bounds linktable_bounds_##name = { \
		&linktable__cache_##name, { { linktable__begin_##name, linktable__end_##name } } \
	}

/* A slot: a pointer to @entry in the section of @level of @table. */
#define LTX_PE_SLOT(table, level, slot, entry) \
	__attribute__((__used__, __section__(LTX_PE_ENTRY_SECTION(table, level)))) \
	static const void *const slot = &(entry)

/*
 * The entry is declared first, so that its slot can point at it, and then
 * defined by the initializer that follows the macro.  C: a tentative
 * definition.  C++ cannot declare an object with internal linkage before
 * defining it, but it can a static member of a class in an unnamed
 * namespace; @name is a reference to that member.  The member is
 * constant-initialised as on ELF (constinit / require_constant_initialization
 * / __constinit), since a walk may run before dynamic initialisation.
 */
#undef LINKTABLE_ENTRY
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, LTX_LEVEL_NORM(level), name)
#undef LTX_ENTRY_
#ifndef __cplusplus
#define LTX_ENTRY_(table, level, name) \
	LTX_LEVEL_CHECK(level); \
	static const linktable_type_##table name; \
	LTX_PE_SLOT(table, level, linktable__slot_##name, name); \
	static const linktable_type_##table name
#else
#if defined(__cpp_constinit)
#define LTX_PE_CONSTINIT constinit
#elif defined(__clang__)
#define LTX_PE_CONSTINIT __attribute__((__require_constant_initialization__))
#else
#define LTX_PE_CONSTINIT __constinit
#endif
#define LTX_ENTRY_(table, level, name) \
	LTX_LEVEL_CHECK(level); \
	namespace { \
	struct linktable__entry_##name { \
		static const linktable_type_##table value; \
	}; \
	} \
	LTX_PE_SLOT(table, level, linktable__slot_##name, linktable__entry_##name::value); \
	LTX_MAYBE_UNUSED static const linktable_type_##table &name = linktable__entry_##name::value; \
	LTX_PE_CONSTINIT const linktable_type_##table linktable__entry_##name::value
#endif

/* Loop state of a walk over pointer slots: the level walk and the slot. */
struct linktable__pe_iter {
	struct linktable__iter lv;
	const void *const *cur; /* next slot (reverse: one past it) */
};

static inline struct linktable__pe_iter linktable__pe_begin(const struct linktable_bounds *b)
{
	struct linktable__pe_iter it;

	it.lv = linktable__iter_begin(b);
	it.cur = (const void *const *)LTX_NULL;
	return it;
}

static inline struct linktable__pe_iter linktable__pe_rbegin(const struct linktable_bounds *b)
{
	struct linktable__pe_iter it;

	it.lv = linktable__iter_rbegin(b);
	it.cur = (const void *const *)LTX_NULL;
	return it;
}

/* The next entry, or NULL after the last; NULL slots are padding. */
static inline const void *linktable__pe_next(struct linktable__pe_iter *it)
{
	for (;;) {
		const void *begin;

		while ((const void *)it->cur != it->lv.stop) {
			const void *e = *it->cur++;

			if (e)
				return e;
		}
		begin = linktable__next_level(&it->lv);
		if (!begin)
			return LTX_NULL;
		it->cur = (const void *const *)begin;
	}
}

/* The previous entry, or NULL before the first. */
static inline const void *linktable__pe_prev(struct linktable__pe_iter *it)
{
	for (;;) {
		const void *end;

		while ((const void *)it->cur != it->lv.stop) {
			const void *e = *--it->cur;

			if (e)
				return e;
		}
		end = linktable__prev_level(&it->lv);
		if (!end)
			return LTX_NULL;
		it->cur = (const void *const *)end;
	}
}

#undef LTX_FOREACH_
#define LTX_FOREACH_(var, table, bounds, it) \
	for (struct linktable__pe_iter it = ((var) = LTX_NULL, linktable__pe_begin(bounds)); it.lv.once; \
	     it.lv.once = 0) \
		while (((var) = (const linktable_type_##table *)linktable__pe_next(&it)) != LTX_NULL)

#undef LTX_FOREACH_REVERSE_
#define LTX_FOREACH_REVERSE_(var, table, bounds, it) \
	for (struct linktable__pe_iter it = ((var) = LTX_NULL, linktable__pe_rbegin(bounds)); it.lv.once; \
	     it.lv.once = 0) \
		while (((var) = (const linktable_type_##table *)linktable__pe_prev(&it)) != LTX_NULL)

/* A relative table holds the functions' addresses: a slot is never NULL. */
#undef LTX_REL_ENTRY_
#define LTX_REL_ENTRY_(table, level, fn) \
	LTX_LEVEL_CHECK(level); \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(&(fn)), linktable_type_##table), \
			  "linktable: " #fn " is not of the function type of relative table " #table); \
	__attribute__((__used__, __section__(LTX_PE_ENTRY_SECTION(table, level)))) \
	static const linktable_type_##table LTX_UNIQUE(linktable__rel_) = &(fn)

#undef LTX_REL_FOREACH_
#define LTX_REL_FOREACH_(var, table, it, p) \
	for (struct linktable__pe_iter it = linktable__pe_begin(&linktable_bounds_##table); it.lv.once; \
	     it.lv.once = 0) \
		for (const void *p; (p = linktable__pe_next(&it)) != LTX_NULL && \
				    ((var) = (linktable_type_##table)(linktable__uintptr_t)p, 1);)

#undef LTX_REL_FOREACH_REVERSE_
#define LTX_REL_FOREACH_REVERSE_(var, table, it, p) \
	for (struct linktable__pe_iter it = linktable__pe_rbegin(&linktable_bounds_##table); it.lv.once; \
	     it.lv.once = 0) \
		for (const void *p; (p = linktable__pe_prev(&it)) != LTX_NULL && \
				    ((var) = (linktable_type_##table)(linktable__uintptr_t)p, 1);)

#endif /* LINKTABLE_LINKTABLE_H */
#endif /* PE */
#endif /* LINKTABLE_INTERNAL_PE_H */
