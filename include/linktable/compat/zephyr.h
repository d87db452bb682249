/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/zephyr.h - Zephyr's iterable sections (its
 * <zephyr/sys/iterable_sections.h>) on linktable: no linker script, any of
 * bfd, gold, lld and mold.
 *
 * What Zephyr documents, and what this header keeps:
 *  - STRUCT_SECTION_ITERABLE(struct_type, varname) defines an element
 *    "struct struct_type varname" of the iterable section of struct_type;
 *    the _ALTERNATE form puts it into another type's section, _NAMED sorts
 *    it by a name other than its variable's, _ARRAY defines an array of
 *    elements; TYPE_SECTION_ITERABLE() does the same for any type.
 *  - The elements are visited sorted by name (Zephyr's linker scripts sort
 *    the sections "._<type>.static.<name>_" by name; the name here is
 *    compared the same way, with its trailing "_"): STRUCT_SECTION_FOREACH()
 *    and TYPE_SECTION_FOREACH() declare the iterator and visit every
 *    element in that order; STRUCT_SECTION_GET(type, i, dst) gives the i-th.
 *  - STRUCT_SECTION_COUNT() counts the elements; STRUCT_SECTION_START() and
 *    STRUCT_SECTION_END() (after the _EXTERN declarations) bound them as one
 *    array.
 *  - ITERABLE_SECTION_RAM()/ROM() make the section exist.  Here they are C:
 *    the one line moves from a linker-script snippet to one .c file.  So do
 *    ITERABLE_SECTION_RAM_NUMERIC()/ROM_NUMERIC(): their elements are
 *    visited in Zephyr's numeric order ("x_2" before "x_10"; the exact rule
 *    at LINKTABLE_ZEPHYR_DEFINE_NUMERIC()), an order linktable's names take
 *    from the section's definition (LINKTABLE_ARRAY_DEFINE_NAME_ORDER()).
 *
 * What does not map (docs/adopting.md):
 *  - The array from STRUCT_SECTION_START() to _END() is in link order, not
 *    name order: no linker but mold sorts sections by name without a
 *    script.  Name order is what FOREACH and GET give; code that indexes
 *    START[i] gets link order.
 *  - What the user writes before STRUCT_SECTION_ITERABLE() applies to the
 *    element, as in Zephyr: "static", "const", "static const",
 *    "__aligned(N)".  A const element is read-only where the compiler
 *    makes it so: all the elements of one section should agree (all const,
 *    as Zephyr's ROM sections are, or none): a const and a writable element
 *    of one section in one file do not compile ("section type conflict"),
 *    and in two files mold lays them out as two arrays.  So can const
 *    elements whose relocations differ in a PIE (one holding a pointer,
 *    one not: the compiler puts the first in writable memory).
 *  - In C++ nothing may be written before the macro (C++ has no tentative
 *    definitions, which its one-declaration form needs).
 *  - The one declaration names the element twice (its name record takes
 *    its address before the user's initializer): it must be at file scope.
 *    A static element inside a function, which Zephyr allows, does not
 *    compile, and the first error names the rule: "redeclaration of
 *    'linktable_zephyr__element_must_be_at_file_scope__<name>'" (a
 *    block-scope static has no linkage, may not be declared twice, and no
 *    other declaration can name it before its initializer).  Types spelled
 *    with a "*" (TYPE_SECTION_ITERABLE(const char *, ...)) work: the
 *    declaration's type is __typeof__(type).
 *  - In Zephyr a name that fits neither numeric pattern is left out of a
 *    _NUMERIC section; here it is visited last.  The _GC_ALLOWED difference
 *    and "subalign" (the alignment is the type's) have no counterpart.
 *  - TYPE_SECTION_ITERABLE() sections and _ALTERNATE sections whose name is
 *    not a struct tag are defined with LINKTABLE_ZEPHYR_DEFINE(type, secname).
 *  - ELF only.
 */
#ifndef LINKTABLE_COMPAT_ZEPHYR_H
#define LINKTABLE_COMPAT_ZEPHYR_H

#include <linktable/compat/common.h>

/* The table of section @secname (string). */
#define LTX_Z_T(secname) "zephyr_" #secname

/**
 * LINKTABLE_ZEPHYR_DEFINE() - define the iterable section @secname of
 * elements of type @type, in one .c file of the program.
 * @type:    the element type.
 * @secname: the section's name.
 *
 * ITERABLE_SECTION_RAM(struct_type, subalign) and the other forms are this
 * with @type "struct struct_type".
 */
#define LINKTABLE_ZEPHYR_DEFINE(type, secname) \
	LTX_Z_NAMES_ALIAS(secname) \
	LTX_ARRAY_DEFINE_UNORDERED(type, zephyr_##secname)
/* The walks, GET and COUNT find a section's names under this name, which
 * only its definition gives: without ITERABLE_SECTION_RAM() or another
 * form in one .c file, the link fails naming the rule, "undefined
 * reference to `linktable_zephyr_<secname>__define_it_in_one_c_file_with_
 * ITERABLE_SECTION_RAM_or_ROM'". */
#define LTX_Z_NAMES_SYM(secname) linktable_zephyr_##secname##__define_it_in_one_c_file_with_ITERABLE_SECTION_RAM_or_ROM
#define LTX_Z_NAMES_ALIAS(secname) LTX_C_NAMES_ALIAS(LTX_Z_NAMES_SYM(secname), LTX_Z_T(secname))
#define LTX_Z_NAMES(secname) LTX_C_NAMES_AS(LTX_STR(LTX_Z_NAMES_SYM(secname)))

/* One .c file of the program: the iterable section of struct_type. */
#define ITERABLE_SECTION_RAM(struct_type, subalign) LINKTABLE_ZEPHYR_DEFINE(struct struct_type, struct_type)
#define ITERABLE_SECTION_ROM(struct_type, subalign) LINKTABLE_ZEPHYR_DEFINE(struct struct_type, struct_type)

/*
 * Zephyr's numeric order (ITERABLE_SECTION_*_NUMERIC): its linker script
 * takes, sorted by name, first the sections "._<secname>.static.<name>_"
 * whose name matches the pattern "*_?_*" (an "_", any one character, an
 * "_"), then those matching "*_??_*", so that with one prefix "x_2" comes
 * before "x_10" (numbers 0..99, after an "_").  A name matching neither
 * pattern is not in Zephyr's section at all; here it comes last, by name.
 * Group of @name (0, 1, 2) under the patterns, matched as the script
 * matches them, over the whole section name: @pre then @name.
 */
static inline int linktable__zephyr_numeric_scan(const char *s, char h[3], int *group)
{
	/* h: the three characters before *s, nearest first */
	for (; *s; s++) {
		if (*s == '_' && h[1] == '_')
			return 1;
		if (*s == '_' && h[2] == '_')
			*group = 1;
		h[2] = h[1], h[1] = h[0], h[0] = *s;
	}
	return 0;
}
static inline int linktable__zephyr_numeric_group(const char *pre, const char *name)
{
	char h[3] = { 0, 0, 0 };
	int group = 2;

	if (linktable__zephyr_numeric_scan(pre, h, &group) || linktable__zephyr_numeric_scan(name, h, &group))
		return 0;
	return group;
}
static inline int linktable__zephyr_numeric_cmp(const char *pre, const char *a, const char *b)
{
	int ga = linktable__zephyr_numeric_group(pre, a), gb = linktable__zephyr_numeric_group(pre, b);

	return ga != gb ? ga - gb : linktable__name_cmp(a, b);
}

/**
 * LINKTABLE_ZEPHYR_DEFINE_NUMERIC() - LINKTABLE_ZEPHYR_DEFINE() of a section
 * whose elements are visited in Zephyr's numeric order
 * (ITERABLE_SECTION_ROM_NUMERIC()): by name, the names with a one-character
 * part between two "_" first ("dev_2_"), then those with a two-character
 * one ("dev_10_"), then (where Zephyr's script would leave them out of the
 * section) the others.
 * @type:    the element type.
 * @secname: the section's name.
 *
 * The order is the table's (LINKTABLE_ARRAY_DEFINE_NAME_ORDER()), given
 * here, in the one file that defines the section: the elements and the
 * walks are written as for any section.
 */
#define LINKTABLE_ZEPHYR_DEFINE_NUMERIC(type, secname) \
	static int linktable__znum_##secname(const char *a, const char *b) \
	{ \
		return linktable__zephyr_numeric_cmp("._" #secname ".static.", a, b); \
	} \
	LTX_Z_NAMES_ALIAS(secname) \
	LTX_ARRAY_DEFINE_UNORDERED_CMP(type, zephyr_##secname, linktable__znum_##secname)
#define ITERABLE_SECTION_RAM_NUMERIC(struct_type, subalign) \
	LINKTABLE_ZEPHYR_DEFINE_NUMERIC(struct struct_type, struct_type)
#define ITERABLE_SECTION_ROM_NUMERIC(struct_type, subalign) \
	LINKTABLE_ZEPHYR_DEFINE_NUMERIC(struct struct_type, struct_type)
#define ITERABLE_SECTION_RAM_GC_ALLOWED(struct_type, subalign) ITERABLE_SECTION_RAM(struct_type, subalign)
#define ITERABLE_SECTION_ROM_GC_ALLOWED(struct_type, subalign) ITERABLE_SECTION_ROM(struct_type, subalign)

/*
 * An element of @type named @varname in section @secname, sorted by
 * @section_postfix: ONE declaration, so that what the user writes before
 * it ("static", "const", "static const", "__aligned(8)") applies to it, as
 * in Zephyr.  Its type is __typeof__(@type), so that every declarator is
 * of that type whatever its spelling ("const char *").  Its declarators:
 * the name record, declared (an array of three pointers laid out as a
 * struct linktable_name: the name, the element, the count; only pointers
 * to @type can share the declaration's type), @varname (declared, so that
 * the record can take its address: C allows a file-scope object to be
 * declared twice in one declaration, the second time with its
 * initializer), the record again with its initializer, then @varname
 * again, which the user's initializer follows.  Inside a function the
 * record's second declaration is the first error, and its name says why.  C++ has no tentative definitions: there the record is a
 * declaration of its own after an extern one, and nothing may be written
 * before the macro (docs/adopting.md).
 */
#define LTX_Z_REC_ATTR(secname) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_C_NAMES_SECTION(LTX_Z_T(secname))), \
		       __aligned__(__alignof__(struct linktable_name))))
#ifndef __cplusplus
#define LTX_Z_REC(varname) linktable_zephyr__element_must_be_at_file_scope__##varname
#define LTX_Z_ITERABLE(type, varname, dim, secname, section_postfix, size, first) \
	__typeof__(type) LTX_NO_MVD_BEGIN *LTX_Z_REC(varname)[3] LTX_Z_REC_ATTR(secname), LTX_NO_MVD_END \
		varname dim LTX_C_ATTR(type, LTX_Z_T(secname)), LTX_NO_MVD_BEGIN \
		*LTX_Z_REC(varname)[3] LTX_Z_REC_ATTR(secname) = { \
			(__typeof__(type) *)(void *)(#section_postfix "_"), first, \
			(__typeof__(type) *)(linktable__uintptr_t)(size) \
		}, \
		LTX_NO_MVD_END varname dim LTX_C_ATTR(type, LTX_Z_T(secname))
#else
#define LTX_Z_ITERABLE(type, varname, dim, secname, section_postfix, size, first) \
	extern __typeof__(type) varname dim; \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_Z_T(secname)), #section_postfix "_", varname, (size)); \
	__typeof__(type) varname dim LTX_C_ATTR(type, LTX_Z_T(secname))
#endif
#define TYPE_SECTION_ITERABLE(type, varname, secname, section_postfix) \
	LTX_Z_ITERABLE(type, varname, , secname, section_postfix, 1, &varname)
/* An array of @size elements, sorted as one by @section_postfix. */
#define LTX_Z_ITERABLE_ARRAY(type, varname, secname, section_postfix, size) \
	LTX_Z_ITERABLE(type, varname, [size], secname, section_postfix, size, varname)

#define STRUCT_SECTION_ITERABLE(struct_type, varname) \
	TYPE_SECTION_ITERABLE(struct struct_type, varname, struct_type, varname)
#define STRUCT_SECTION_ITERABLE_ALTERNATE(secname, struct_type, varname) \
	TYPE_SECTION_ITERABLE(struct struct_type, varname, secname, varname)
#define STRUCT_SECTION_ITERABLE_NAMED(struct_type, name, varname) \
	TYPE_SECTION_ITERABLE(struct struct_type, varname, struct_type, name)
#define STRUCT_SECTION_ITERABLE_NAMED_ALTERNATE(struct_type, secname, name, varname) \
	TYPE_SECTION_ITERABLE(struct struct_type, varname, secname, name)
#define STRUCT_SECTION_ITERABLE_ARRAY(struct_type, varname, size) \
	LTX_Z_ITERABLE_ARRAY(struct struct_type, varname, struct_type, varname, size)
#define STRUCT_SECTION_ITERABLE_ARRAY_ALTERNATE(secname, struct_type, varname, size) \
	LTX_Z_ITERABLE_ARRAY(struct struct_type, varname, secname, varname, size)

/* Visit every element of section @secname in name order, declaring
 * "type *iterator". */
#define TYPE_SECTION_FOREACH(type, secname, iterator) LTX_C_FOREACH_NAMES(type, LTX_Z_NAMES(secname), iterator)
#define STRUCT_SECTION_FOREACH(struct_type, iterator) \
	TYPE_SECTION_FOREACH(struct struct_type, struct_type, iterator)
#define STRUCT_SECTION_FOREACH_ALTERNATE(secname, struct_type, iterator) \
	TYPE_SECTION_FOREACH(struct struct_type, secname, iterator)

/* *dst = the @i-th element in name order (NULL if there is none). */
#define TYPE_SECTION_GET(type, secname, i, dst) \
	do { \
		*(dst) = (__typeof__(type) *)linktable__niter_nth(LTX_Z_NAMES(secname), sizeof(type), \
						      (linktable__size_t)(i)); \
	} while (0)
#define STRUCT_SECTION_GET(struct_type, i, dst) TYPE_SECTION_GET(struct struct_type, struct_type, i, dst)

/* *dst = the number of elements (every element has a name: counted through
 * the names, as GET indexes them). */
#define TYPE_SECTION_COUNT(type, secname, dst) \
	do { \
		*(dst) = linktable__names_count(LTX_Z_NAMES(secname)); \
	} while (0)
#define STRUCT_SECTION_COUNT(struct_type, dst) TYPE_SECTION_COUNT(struct struct_type, struct_type, dst)

/* The elements as one array, in link order (after the _EXTERN lines); the
 * names are Zephyr's (_<secname>_list_start, _<secname>_list_end), which
 * some code spells out. */
#define TYPE_SECTION_START(secname) _##secname##_list_start
#define TYPE_SECTION_END(secname) _##secname##_list_end
#define TYPE_SECTION_START_EXTERN(type, secname) \
	extern __typeof__(type) TYPE_SECTION_START(secname)[] __asm__("__start_linktable_zephyr_" #secname "_00_rw") LTX_BOUND_ATTRS
#define TYPE_SECTION_END_EXTERN(type, secname) \
	extern __typeof__(type) TYPE_SECTION_END(secname)[] __asm__("__stop_linktable_zephyr_" #secname "_00_rw") LTX_BOUND_ATTRS
#define STRUCT_SECTION_START(struct_type) TYPE_SECTION_START(struct_type)
#define STRUCT_SECTION_END(struct_type) TYPE_SECTION_END(struct_type)
#define STRUCT_SECTION_START_EXTERN(struct_type) TYPE_SECTION_START_EXTERN(struct struct_type, struct_type)
#define STRUCT_SECTION_END_EXTERN(struct_type) TYPE_SECTION_END_EXTERN(struct struct_type, struct_type)

#endif /* LINKTABLE_COMPAT_ZEPHYR_H */
