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
 *    the one line moves from a linker-script snippet to one .c file.
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
 *  - The one declaration names the element twice: it must be at file scope
 *    (not a static inside a function), and a type spelled with a "*"
 *    (TYPE_SECTION_ITERABLE(const char *, ...)) needs a typedef name.
 *  - The _NUMERIC sections, the _GC_ALLOWED difference and "subalign" (the
 *    alignment is the type's) have no counterpart.
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
#define LINKTABLE_ZEPHYR_DEFINE(type, secname) LTX_ARRAY_DEFINE_UNORDERED(type, zephyr_##secname)

/* One .c file of the program: the iterable section of struct_type. */
#define ITERABLE_SECTION_RAM(struct_type, subalign) LINKTABLE_ZEPHYR_DEFINE(struct struct_type, struct_type)
#define ITERABLE_SECTION_ROM(struct_type, subalign) LINKTABLE_ZEPHYR_DEFINE(struct struct_type, struct_type)
#define ITERABLE_SECTION_RAM_GC_ALLOWED(struct_type, subalign) ITERABLE_SECTION_RAM(struct_type, subalign)
#define ITERABLE_SECTION_ROM_GC_ALLOWED(struct_type, subalign) ITERABLE_SECTION_ROM(struct_type, subalign)

/*
 * An element of @type named @varname in section @secname, sorted by
 * @section_postfix: ONE declaration, so that what the user writes before
 * it ("static", "const", "static const", "__aligned(8)") applies to it, as
 * in Zephyr.  Its declarators: @varname (declared, so that the next can
 * take its address: C allows a file-scope object to be declared twice in
 * one declaration, the second time with its initializer), its name record
 * (an array of three pointers laid out as a struct linktable_name: the
 * name, the element, the count; only pointers to @type can share the
 * declaration's type), then @varname again, which the user's initializer
 * follows.  C++ has no tentative definitions: there the record is a
 * declaration of its own after an extern one, and nothing may be written
 * before the macro (docs/adopting.md).
 */
#define LTX_Z_REC_ATTR(secname) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_C_NAMES_SECTION(LTX_Z_T(secname))), \
		       __aligned__(__alignof__(struct linktable_name))))
#ifndef __cplusplus
#define LTX_Z_ITERABLE(type, varname, dim, secname, section_postfix, size, first) \
	type varname dim LTX_C_ATTR(type, LTX_Z_T(secname)), LTX_NO_MVD_BEGIN \
		*linktable__zname_##varname[3] LTX_Z_REC_ATTR(secname) = { \
			(type *)(void *)(#section_postfix "_"), first, (type *)(linktable__uintptr_t)(size) \
		}, \
		LTX_NO_MVD_END varname dim LTX_C_ATTR(type, LTX_Z_T(secname))
#else
#define LTX_Z_ITERABLE(type, varname, dim, secname, section_postfix, size, first) \
	extern type varname dim; \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_Z_T(secname)), #section_postfix "_", varname, (size)); \
	type varname dim LTX_C_ATTR(type, LTX_Z_T(secname))
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
#define TYPE_SECTION_FOREACH(type, secname, iterator) LTX_C_FOREACH_BY_NAME(type, LTX_Z_T(secname), iterator)
#define STRUCT_SECTION_FOREACH(struct_type, iterator) \
	TYPE_SECTION_FOREACH(struct struct_type, struct_type, iterator)
#define STRUCT_SECTION_FOREACH_ALTERNATE(secname, struct_type, iterator) \
	TYPE_SECTION_FOREACH(struct struct_type, secname, iterator)

/* *dst = the @i-th element in name order (NULL if there is none). */
#define TYPE_SECTION_GET(type, secname, i, dst) \
	do { \
		*(dst) = (type *)linktable__niter_nth(LTX_C_NAMES(LTX_Z_T(secname)), sizeof(type), \
						      (linktable__size_t)(i)); \
	} while (0)
#define STRUCT_SECTION_GET(struct_type, i, dst) TYPE_SECTION_GET(struct struct_type, struct_type, i, dst)

/* *dst = the number of elements (every element has a name: counted through
 * the names, as GET indexes them). */
#define TYPE_SECTION_COUNT(type, secname, dst) \
	do { \
		*(dst) = LTX_C_NAMED_COUNT(LTX_Z_T(secname)); \
	} while (0)
#define STRUCT_SECTION_COUNT(struct_type, dst) TYPE_SECTION_COUNT(struct struct_type, struct_type, dst)

/* The elements as one array, in link order (after the _EXTERN lines); the
 * names are Zephyr's (_<secname>_list_start, _<secname>_list_end), which
 * some code spells out. */
#define TYPE_SECTION_START(secname) _##secname##_list_start
#define TYPE_SECTION_END(secname) _##secname##_list_end
#define TYPE_SECTION_START_EXTERN(type, secname) \
	extern type TYPE_SECTION_START(secname)[] __asm__("__start_linktable_zephyr_" #secname "_00_rw") LTX_BOUND_ATTRS
#define TYPE_SECTION_END_EXTERN(type, secname) \
	extern type TYPE_SECTION_END(secname)[] __asm__("__stop_linktable_zephyr_" #secname "_00_rw") LTX_BOUND_ATTRS
#define STRUCT_SECTION_START(struct_type) TYPE_SECTION_START(struct_type)
#define STRUCT_SECTION_END(struct_type) TYPE_SECTION_END(struct_type)
#define STRUCT_SECTION_START_EXTERN(struct_type) TYPE_SECTION_START_EXTERN(struct struct_type, struct_type)
#define STRUCT_SECTION_END_EXTERN(struct_type) TYPE_SECTION_END_EXTERN(struct struct_type, struct_type)

#endif /* LINKTABLE_COMPAT_ZEPHYR_H */
