/* SPDX-License-Identifier: MIT */
/*
 * linktable/ranges.h - section ranges: typeless regions of an image that
 * any object file can place functions or objects into, and that the program
 * can ask about ("is this address inside?") or release at run time.
 *
 *	LINKTABLE_RANGE_DECLARE(init_text);                 // in a header
 *	LINKTABLE_RANGE_DEFINE(init_text);                  // in one .c file
 *	LINKTABLE_IN_RANGE(init_text) int setup(void) { ... }
 *
 *	if (LINKTABLE_RANGE_CONTAINS(init_text, &setup)) ...
 *
 * A range holds code or data, not both: the compiler refuses to mix
 * executable and data objects in one section.  Like tables, ranges are per
 * linked image.
 */
#ifndef LINKTABLE_RANGES_H
#define LINKTABLE_RANGES_H

#include <linktable/internal/toolchain.h>

#ifdef LTX_PE
#error "linktable: ranges (and free.h, built on them) need ELF's __start_/__stop_ symbols; on PE/COFF only tables are supported"
#endif
#ifdef LTX_MACHO
#error "linktable: ranges (and free.h, built on them) need ELF's __start_/__stop_ symbols; on Mach-O only tables are supported"
#endif

/**
 * struct linktable_range - one range of the running image.
 * @begin: first byte (NULL if nothing was placed in the range).
 * @end:   one past the last byte.
 * @name:  the range's name, for messages.
 */
struct linktable_range {
	const char *begin;
	const char *end;
	const char *name;
};

/**
 * linktable_range_contains() - whether @addr lies inside @r.
 * @r:    the range.
 * @addr: any address.
 *
 * Compares addresses as integers, so it is defined for any pointer.
 */
static inline int linktable_range_contains(const struct linktable_range *r, const void *addr)
{
	linktable__uintptr_t a = (linktable__uintptr_t)addr;
	linktable__uintptr_t b, e;

	LTX_LAUNDER(r);
	b = (linktable__uintptr_t)r->begin;
	e = (linktable__uintptr_t)r->end;
	return a >= b && a < e;
}

/**
 * linktable_range_size() - size of @r in bytes.
 * @r: the range.
 */
static inline linktable__size_t linktable_range_size(const struct linktable_range *r)
{
	LTX_LAUNDER(r);
	return (linktable__size_t)((linktable__uintptr_t)r->end - (linktable__uintptr_t)r->begin);
}

/**
 * LINKTABLE_RANGE_DECLARE() - declare a range.
 * @name: the range's name, a C identifier.
 */
#define LINKTABLE_RANGE_DECLARE(name) \
	LTX_EXTERN_DECL LTX_HIDDEN const struct linktable_range LTX_RANGE_DESC(name)

/**
 * LINKTABLE_RANGE_DEFINE() - define a range, in one .c file of each linked
 * image that asks about it.
 * @name: the range's name.
 *
 * Defines the range's descriptor (see LINKTABLE_RANGE()) and a note for the
 * linktable tool.
 */
#define LINKTABLE_RANGE_DEFINE(name) \
	LINKTABLE_RANGE_DECLARE(name); \
	LTX_EXTERN_C_BEGIN \
	extern const char LTX_RANGE_START(name)[] LTX_BOUND_ATTRS; \
	extern const char LTX_RANGE_STOP(name)[] LTX_BOUND_ATTRS; \
	LTX_EXTERN_C_END \
	LTX_NOTE(linktable__range_note_##name, LTX_NOTE_RANGE, 0u, 1u, 1u, #name, ""); \
	LTX_EXTERN_C LTX_HIDDEN const struct linktable_range LTX_RANGE_DESC(name) = { \
		LTX_RANGE_START(name), LTX_RANGE_STOP(name), #name \
	}

/**
 * LINKTABLE_RANGE() - the range's descriptor, a const struct linktable_range *.
 * @name: the range's name.
 */
#define LINKTABLE_RANGE(name) linktable__range_get(&LTX_RANGE_DESC(name))

/* Hides the descriptor's initialiser from the optimiser, which would
 * otherwise see __stop_X in ->end and warn about "end - 1" (array bounds). */
static inline const struct linktable_range *linktable__range_get(const struct linktable_range *r)
{
	LTX_LAUNDER(r);
	return r;
}

/**
 * LINKTABLE_IN_RANGE() - attribute that places a function or object into a
 * range.
 * @name: the range's name.
 *
 * Write it before the declaration: "LINKTABLE_IN_RANGE(init_text) int f(void)".
 */
#define LINKTABLE_IN_RANGE(name) __attribute__((__section__(LTX_RANGE_SECTION(name))))

/**
 * LINKTABLE_RANGE_CONTAINS() - whether an address lies inside a range.
 * @name: the range's name.
 * @addr: any pointer (object or function).
 */
#define LINKTABLE_RANGE_CONTAINS(name, addr) \
	linktable_range_contains(LINKTABLE_RANGE(name), (const void *)(addr))

/**
 * LINKTABLE_RANGE_SIZE() - size of a range in bytes (a size_t).
 * @name: the range's name.
 */
#define LINKTABLE_RANGE_SIZE(name) linktable_range_size(LINKTABLE_RANGE(name))

#endif /* LINKTABLE_RANGES_H */
