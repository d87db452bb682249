/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/common.h - what the drop-in headers of compat/ share:
 * tables of one level, laid out as one array with no declaration, named
 * "linktable_<prefix>_<table>".  Not an API of its own: everything here is
 * spelled LTX_* / linktable__* and may change.
 *
 * A table of one level is one section ("linktable_<t>_00_rw", the level-0
 * section of the array table <t>), so the linker makes it one array by
 * itself: its bounds are the section's __start_/__stop_ symbols, and no
 * file that adds entries needs to declare the table.  LINKTABLE_ARRAY_DEFINE()
 * of the same table (optional: the compat headers need it for names) makes
 * it a full array table, which the linktable command lists and checks.
 */
#ifndef LINKTABLE_COMPAT_COMMON_H
#define LINKTABLE_COMPAT_COMMON_H

#include <linktable/linktable.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
#error "linktable/compat: the drop-in headers need ELF (their tables are one contiguous array)"
#endif

/* The section of one-level table @t (a string literal holding its name). */
#define LTX_C_SECTION(t) "linktable_" t "_00_rw"
/* The section of its names (LINKTABLE_ARRAY_NAME()). */
#define LTX_C_NAMES_SECTION(t) "linktable_" t "__names"
/* The attribute of an entry of type @type. */
#define LTX_C_ATTR(type, t) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_C_SECTION(t)), __aligned__(__alignof__(type))))

/*
 * Where an empty table starts and ends: one address for the whole program,
 * no entry's, so that an empty table has start == end != NULL and a walk
 * down from end - 1 stops at once.  Weak: every file that includes this
 * header defines it, the linker keeps one.
 */
LTX_EXTERN_C_BEGIN
__attribute__((__weak__, __visibility__("hidden"), __aligned__(64))) char linktable__compat_empty[64];
LTX_EXTERN_C_END

/* The start (@pre __start_) or end (__stop_) of table @t as a @type *;
 * laundered (the bounds are distinct objects to the optimiser). */
#define LTX_C_EDGE(type, pre, t) LTX_C_EDGE_(type, pre, t, LTX_UNIQUE(linktable__c_), LTX_UNIQUE(linktable__cp_))
#define LTX_C_EDGE_(type, pre, t, id, p) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern char id[] __asm__(#pre "linktable_" t "_00_rw") LTX_BOUND_ATTRS; \
		LTX_NESTED_EXTERN_END \
		char *p; \
		LTX_BOUND_ADDR(p, id, #pre "linktable_" t "_00_rw"); \
		(__typeof__(type) *)(void *)(p ? p : linktable__compat_empty); \
	}))
/* The names of table @t (LINKTABLE_ARRAY_DEFINE() defines them). */
#define LTX_C_NAMES(t) LTX_C_NAMES_(t, LTX_UNIQUE(linktable__cn_))
#define LTX_C_NAMES_(t, id) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern struct linktable__names id __asm__("linktable__names_" t) LTX_HIDDEN; \
		LTX_NESTED_EXTERN_END \
		&id; \
	}))

/* The names of a table under @sym (a string): a compat header's alias of
 * them, named after what defines them, so that a program that lacks the
 * definition fails to link naming the rule. */
#define LTX_C_NAMES_AS(sym) LTX_C_NAMES_AS_(sym, LTX_UNIQUE(linktable__cna_))
#define LTX_C_NAMES_AS_(sym, id) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern struct linktable__names id __asm__(sym) LTX_HIDDEN; \
		LTX_NESTED_EXTERN_END &id; \
	}))
/* Defines @alias (an identifier) as another name of the names of table @t
 * (a string), in the file that defines the table (a whole declaration:
 * written before the table's definition, which the user's ";" ends). */
#define LTX_C_NAMES_ALIAS(alias, t) \
	LTX_EXTERN_C_BEGIN \
	extern struct linktable__names alias __attribute__((__alias__("linktable__names_" t))) LTX_HIDDEN; \
	LTX_EXTERN_C_END

/* The @i-th entry in name order (NULL past the last). */
static inline void *linktable__niter_nth(struct linktable__names *ns, linktable__size_t esize, linktable__size_t i)
{
	struct linktable__niter it = linktable__niter_begin(ns, esize);
	void *e;

	while ((e = linktable__niter_next(&it)) != LTX_NULL && i-- > 0)
		;
	return e;
}

/* The number of entries that carry a name (every entry, where every one
 * is named): through the names, so that it agrees with the walk by name
 * even where the entries are not one array (mold, const entries of PIC and
 * non-PIC objects: docs/adopting.md). */
static inline linktable__size_t linktable__names_count(struct linktable__names *ns)
{
	struct linktable_name *end, *n = linktable__names_sorted(ns, &end);
	linktable__size_t count = 0;

	for (; n != end; n++)
		count += n->count;
	return count;
}
#define LTX_C_NAMED_COUNT(t) linktable__names_count(LTX_C_NAMES(t))

/* A for loop declaring "type *var", over table @t's named entries in name
 * order. */
#define LTX_C_FOREACH_BY_NAME(type, t, var) LTX_C_FOREACH_NAMES(type, LTX_C_NAMES(t), var)
/* The same over the names @ns (a struct linktable__names *). */
#define LTX_C_FOREACH_NAMES(type, ns, var) LTX_C_FOREACH_NAMES_(type, ns, var, LTX_UNIQUE(linktable__cit_))
#define LTX_C_FOREACH_NAMES_(type, ns, var, it) \
	for (struct linktable__niter it = linktable__niter_begin((ns), sizeof(type)); it.once; it.once = 0) \
		for (__typeof__(type) *var; ((var) = (__typeof__(type) *)linktable__niter_next(&it)) != LTX_NULL;)

#endif /* LINKTABLE_COMPAT_COMMON_H */
