/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/uboot.h - U-Boot's linker-generated arrays (its
 * <linker_lists.h>) on linktable: no linker script, any of bfd, gold, lld
 * and mold.
 *
 * What U-Boot documents, and what this header keeps:
 *  - ll_entry_declare(_type, _name, _list) declares an entry of list _list,
 *    a variable of type _type that the user initialises at compile time;
 *    ll_entry_declare_list() declares an array of entries under one name.
 *    _name and _list are C identifiers.
 *  - A list is one array: ll_entry_start() points at its first entry,
 *    ll_entry_end() one past its last, ll_entry_count() is their
 *    difference (an unsigned int), so code may index it.
 *  - ll_entry_get(_type, _name, _list) is the entry of that name, found by
 *    the linker (a reference to the entry's symbol: a missing name is a
 *    link error); ll_entry_ref() the same as an address constant.
 *  - U-Boot's lists are sorted by entry name (its linker script sorts the
 *    sections "__u_boot_list_2_<list>_2_<name>").  Here the names are kept
 *    with the entries: LINKTABLE_UBOOT_FOREACH_BY_NAME() visits a list in
 *    that order, and LINKTABLE_UBOOT_FIND() finds an entry by its name given
 *    as a string at run time (both need LINKTABLE_UBOOT_LIST_DEFINE()).
 *
 *  - ll_start(_type)/ll_end(_type) bound all the lists as one region (for
 *    relocation fix-ups, or a scan of every entry of every list): here the
 *    lowest address and the highest end of any entry of any list (each
 *    entry records its bounds; found by a scan, O(entries), on each use).
 *    No definition is needed.  Without a linker script the lists are not
 *    necessarily next to each other, though: other writable data the
 *    linker placed between two lists lies in the region too.  A program
 *    that wants a region of nothing but lists numbers them: "#define
 *    LINKTABLE_UBOOT_LIST_cmd 1" (a level 0..99, or 00..09; number the
 *    lists in U-Boot's order, by name) visible wherever the list is used.
 *    The numbered lists are the levels of one array table (linktable's
 *    regions, LINKTABLE_ARRAY_LEVEL_START()), laid out in ascending number,
 *    each list one array aligned as its type, on every linker; when every
 *    list is numbered, ll_start()..ll_end() is exactly them.
 *
 * What does not map (docs/adopting.md):
 *  - ll_entry_start() .. ll_entry_end() is in link order, not name order:
 *    no linker but mold sorts sections by name without a script, and
 *    sorting the entries in place at run time would move them away from
 *    the addresses that ll_entry_get()/ll_entry_ref() and every pointer
 *    to an entry hold.  LINKTABLE_UBOOT_FOREACH_BY_NAME() gives name order.
 *  - ll_start()..ll_end() of unnumbered lists may hold other data (above):
 *    without a linker script nothing can be placed around lists that no
 *    file names in advance (bfd, gold and lld lay orphan sections out in
 *    the order they first meet them).
 *  - In C++, nothing may be written before ll_entry_declare() (C++ has no
 *    tentative definitions, which the one-declaration form needs);
 *    ll_entry_declare_list() is two declarations in C too.
 *  - "extern U_BOOT_DRIVER(x);" (U-Boot's declaration of another file's
 *    entry, before DM_DRIVER_REF()) does not compile: "extern" would apply
 *    to the name record and bounds the declaration defines (an extern
 *    declaration with an initializer is a definition: every file writing
 *    it would define them again).  Declare the
 *    entry with ll_entry_decl(struct driver, x, driver) instead;
 *    ll_entry_get() needs no declaration.
 *  - An empty list's start is not NULL, and equals its end.
 *  - Entries are writable; an entry of ll_entry_declare_list() has one name
 *    for its first element only (the by-name walk visits that element).
 *  - ELF only.
 */
#ifndef LINKTABLE_COMPAT_UBOOT_H
#define LINKTABLE_COMPAT_UBOOT_H

#include <linktable/compat/common.h>

/* The table of list @_list (string), and the variable of one entry. */
#define LTX_U_T(_list) "uboot_" #_list
#define LTX_U_VAR(_name, _list) linktable_uboot__##_list##__##_name

/* The region: the numbered lists are the levels of array table "uboot". */
LINKTABLE_ARRAY_DECLARE(char, uboot);

/**
 * LINKTABLE_UBOOT_REGION_DEFINE() - define the region of the numbered lists
 * as a table (LINKTABLE_ARRAY_START(uboot) .. LINKTABLE_ARRAY_END(uboot),
 * and for the linktable command), in one .c file.  Optional.
 */
#define LINKTABLE_UBOOT_REGION_DEFINE() LTX_ARRAY_DEFINE_REGION(char, uboot)

/* Every entry's [address, end) (ll_entry_declare()) or every list's bounds
 * (ll_entry_declare_list()), as pairs of pointers: what ll_start() and
 * ll_end() span. */
#define LTX_U_ALL_SECTION "linktable_uboot__all"
#define LTX_U_ALL_ATTR \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_U_ALL_SECTION), __aligned__(__alignof__(void *))))
LTX_EXTERN_C_BEGIN
extern void *const linktable__uboot_all_begin[] __asm__("__start_" LTX_U_ALL_SECTION) LTX_BOUND_ATTRS;
extern void *const linktable__uboot_all_end[] __asm__("__stop_" LTX_U_ALL_SECTION) LTX_BOUND_ATTRS;
LTX_EXTERN_C_END

/* The start (@end 0) or end (1) of what ll_start()/ll_end() span. */
static inline void *linktable__uboot_span(int end)
{
	void *const *p = linktable__uboot_all_begin, *const *e = linktable__uboot_all_end;
	char *lo = LTX_NULL, *hi = LTX_NULL;

	LTX_LAUNDER(p);
	LTX_LAUNDER(e);
	/* (a NULL word is padding between two pairs: a pair never starts
	 * with NULL; a list's section bounds are weak, so an empty list's may
	 * be NULL, and its pair is skipped) */
	while (p && p < e) {
		if (!p[0]) {
			p++;
			continue;
		}
		if (p[1] && (!lo || (char *)p[0] < lo))
			lo = (char *)p[0];
		if (p[1] && (!hi || (char *)p[1] > hi))
			hi = (char *)p[1];
		p += 2;
	}
	if (!lo)
		return linktable__compat_empty;
	return end ? hi : lo;
}

/*
 * LTX_U_SEL(_list, numbered, plain): @numbered if the program numbered list
 * @_list (LINKTABLE_UBOOT_LIST_<_list> expands to a level), else @plain.  A
 * level pasted to LTX_U_PROBE_ is a macro of two arguments and shifts
 * @numbered into the place LTX_U_SEL3_ picks; anything else is one.  (The
 * trailing ~ leaves LTX_U_SEL3_'s "..." an argument either way: C before
 * C23 requires one, and -pedantic-errors refuses an empty one.)
 */
#define LTX_U_LEVEL(_list) LTX_CAT(LINKTABLE_UBOOT_LIST_, _list)
#define LTX_U_SEL(_list, numbered, plain) LTX_U_SEL2_(LTX_CAT(LTX_U_PROBE_, LTX_U_LEVEL(_list)), numbered, plain, ~)
#define LTX_U_SEL2_(...) LTX_U_SEL3_(__VA_ARGS__)
#define LTX_U_SEL3_(a, b, c, ...) c
#define LTX_U_PROBE_0 ~, ~
#define LTX_U_PROBE_1 ~, ~
#define LTX_U_PROBE_2 ~, ~
#define LTX_U_PROBE_3 ~, ~
#define LTX_U_PROBE_4 ~, ~
#define LTX_U_PROBE_5 ~, ~
#define LTX_U_PROBE_6 ~, ~
#define LTX_U_PROBE_7 ~, ~
#define LTX_U_PROBE_8 ~, ~
#define LTX_U_PROBE_9 ~, ~
#define LTX_U_PROBE_10 ~, ~
#define LTX_U_PROBE_11 ~, ~
#define LTX_U_PROBE_12 ~, ~
#define LTX_U_PROBE_13 ~, ~
#define LTX_U_PROBE_14 ~, ~
#define LTX_U_PROBE_15 ~, ~
#define LTX_U_PROBE_16 ~, ~
#define LTX_U_PROBE_17 ~, ~
#define LTX_U_PROBE_18 ~, ~
#define LTX_U_PROBE_19 ~, ~
#define LTX_U_PROBE_20 ~, ~
#define LTX_U_PROBE_21 ~, ~
#define LTX_U_PROBE_22 ~, ~
#define LTX_U_PROBE_23 ~, ~
#define LTX_U_PROBE_24 ~, ~
#define LTX_U_PROBE_25 ~, ~
#define LTX_U_PROBE_26 ~, ~
#define LTX_U_PROBE_27 ~, ~
#define LTX_U_PROBE_28 ~, ~
#define LTX_U_PROBE_29 ~, ~
#define LTX_U_PROBE_30 ~, ~
#define LTX_U_PROBE_31 ~, ~
#define LTX_U_PROBE_32 ~, ~
#define LTX_U_PROBE_33 ~, ~
#define LTX_U_PROBE_34 ~, ~
#define LTX_U_PROBE_35 ~, ~
#define LTX_U_PROBE_36 ~, ~
#define LTX_U_PROBE_37 ~, ~
#define LTX_U_PROBE_38 ~, ~
#define LTX_U_PROBE_39 ~, ~
#define LTX_U_PROBE_40 ~, ~
#define LTX_U_PROBE_41 ~, ~
#define LTX_U_PROBE_42 ~, ~
#define LTX_U_PROBE_43 ~, ~
#define LTX_U_PROBE_44 ~, ~
#define LTX_U_PROBE_45 ~, ~
#define LTX_U_PROBE_46 ~, ~
#define LTX_U_PROBE_47 ~, ~
#define LTX_U_PROBE_48 ~, ~
#define LTX_U_PROBE_49 ~, ~
#define LTX_U_PROBE_50 ~, ~
#define LTX_U_PROBE_51 ~, ~
#define LTX_U_PROBE_52 ~, ~
#define LTX_U_PROBE_53 ~, ~
#define LTX_U_PROBE_54 ~, ~
#define LTX_U_PROBE_55 ~, ~
#define LTX_U_PROBE_56 ~, ~
#define LTX_U_PROBE_57 ~, ~
#define LTX_U_PROBE_58 ~, ~
#define LTX_U_PROBE_59 ~, ~
#define LTX_U_PROBE_60 ~, ~
#define LTX_U_PROBE_61 ~, ~
#define LTX_U_PROBE_62 ~, ~
#define LTX_U_PROBE_63 ~, ~
#define LTX_U_PROBE_64 ~, ~
#define LTX_U_PROBE_65 ~, ~
#define LTX_U_PROBE_66 ~, ~
#define LTX_U_PROBE_67 ~, ~
#define LTX_U_PROBE_68 ~, ~
#define LTX_U_PROBE_69 ~, ~
#define LTX_U_PROBE_70 ~, ~
#define LTX_U_PROBE_71 ~, ~
#define LTX_U_PROBE_72 ~, ~
#define LTX_U_PROBE_73 ~, ~
#define LTX_U_PROBE_74 ~, ~
#define LTX_U_PROBE_75 ~, ~
#define LTX_U_PROBE_76 ~, ~
#define LTX_U_PROBE_77 ~, ~
#define LTX_U_PROBE_78 ~, ~
#define LTX_U_PROBE_79 ~, ~
#define LTX_U_PROBE_80 ~, ~
#define LTX_U_PROBE_81 ~, ~
#define LTX_U_PROBE_82 ~, ~
#define LTX_U_PROBE_83 ~, ~
#define LTX_U_PROBE_84 ~, ~
#define LTX_U_PROBE_85 ~, ~
#define LTX_U_PROBE_86 ~, ~
#define LTX_U_PROBE_87 ~, ~
#define LTX_U_PROBE_88 ~, ~
#define LTX_U_PROBE_89 ~, ~
#define LTX_U_PROBE_90 ~, ~
#define LTX_U_PROBE_91 ~, ~
#define LTX_U_PROBE_92 ~, ~
#define LTX_U_PROBE_93 ~, ~
#define LTX_U_PROBE_94 ~, ~
#define LTX_U_PROBE_95 ~, ~
#define LTX_U_PROBE_96 ~, ~
#define LTX_U_PROBE_97 ~, ~
#define LTX_U_PROBE_98 ~, ~
#define LTX_U_PROBE_99 ~, ~
#define LTX_U_PROBE_00 ~, ~
#define LTX_U_PROBE_01 ~, ~
#define LTX_U_PROBE_02 ~, ~
#define LTX_U_PROBE_03 ~, ~
#define LTX_U_PROBE_04 ~, ~
#define LTX_U_PROBE_05 ~, ~
#define LTX_U_PROBE_06 ~, ~
#define LTX_U_PROBE_07 ~, ~
#define LTX_U_PROBE_08 ~, ~
#define LTX_U_PROBE_09 ~, ~
/* The section of list @_list's entries (a string literal). */
#define LTX_U_SEC(_list) \
	LTX_U_SEL(_list, "linktable_uboot_" LTX_KEY(LTX_U_LEVEL(_list)) "_rw", LTX_C_SECTION(LTX_U_T(_list)))
/* The attribute of an entry of list @_list. */
#define LTX_U_ATTR(_type, _list) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_U_SEC(_list)), __aligned__(__alignof__(_type))))
/* The start (@pre __start_) or end (__stop_) of list @_list as a @_type *. */
#define LTX_U_EDGE(_type, pre, _list) LTX_U_EDGE_(_type, pre, _list, LTX_UNIQUE(linktable__u_), LTX_UNIQUE(linktable__up_))
#define LTX_U_EDGE_(_type, pre, _list, id, p) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern char id[] __asm__(#pre LTX_U_SEC(_list)) LTX_BOUND_ATTRS; \
		LTX_NESTED_EXTERN_END \
		char *p; \
		LTX_BOUND_ADDR(p, id, #pre LTX_U_SEC(_list)); \
		(__typeof__(_type) *)(void *)(p ? p : linktable__compat_empty); \
	}))

/**
 * LINKTABLE_UBOOT_LIST_DEFINE() - define list @_list as a full linktable
 * table, in one .c file: optional, for the linktable command (list, check)
 * and the name order (LINKTABLE_UBOOT_FOREACH_BY_NAME()).
 * @_type: the entry type.
 * @_list: the list's name.
 *
 * (The entries of a numbered list are in the region's table, "uboot", at
 * the list's level; this table then only holds the list's names.)
 */
#define LINKTABLE_UBOOT_LIST_DEFINE(_type, _list) \
	LTX_C_NAMES_ALIAS(LTX_U_NAMES_SYM(_list), LTX_U_T(_list)) \
	LTX_ARRAY_DEFINE_UNORDERED(_type, uboot_##_list)
/* The by-name walk and the search find a list's names under this name,
 * which only LINKTABLE_UBOOT_LIST_DEFINE() gives: without it the link fails
 * naming the rule. */
#define LTX_U_NAMES_SYM(_list) linktable_uboot_##_list##__define_it_in_one_c_file_with_LINKTABLE_UBOOT_LIST_DEFINE
#define LTX_U_NAMES(_list) LTX_C_NAMES_AS(LTX_STR(LTX_U_NAMES_SYM(_list)))

/*
 * An entry: ONE declaration in C, so that what the user writes before it
 * (static, __aligned(8), ...) applies to it.  Its declarators: the entry
 * (declared, so that the next ones can take its address: C allows a
 * file-scope object to be declared twice in one declaration), its name
 * record (three pointers laid out as a struct linktable_name: only pointers
 * to _type can share the declaration's type), its [address, end) pair for
 * ll_start()/ll_end(), and the entry again, which the user's initializer
 * follows.  Its type is __typeof__(_type), so that every declarator is of
 * that type whatever its spelling ("char *").  C++ has no tentative
 * definitions: there they are declarations of their own, and nothing may
 * be written before the macro.
 */
#define LTX_U_NAME_ATTR(_list) \
	__attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_C_NAMES_SECTION(LTX_U_T(_list))), \
		       __aligned__(__alignof__(struct linktable_name))))
#ifndef __cplusplus
#define ll_entry_declare(_type, _name, _list) \
	__typeof__(_type) LTX_U_VAR(_name, _list) LTX_U_ATTR(_type, _list), LTX_NO_MVD_BEGIN \
		*linktable__uname_##_list##__##_name[3] LTX_U_NAME_ATTR(_list) = { \
			(__typeof__(_type) *)(void *)(#_name), &LTX_U_VAR(_name, _list), \
			(__typeof__(_type) *)(linktable__uintptr_t)1 \
		}, \
		*linktable__uall_##_list##__##_name[2] LTX_U_ALL_ATTR = { &LTX_U_VAR(_name, _list), \
									 &LTX_U_VAR(_name, _list) + 1 }, \
		LTX_NO_MVD_END LTX_U_VAR(_name, _list) LTX_U_ATTR(_type, _list)
#else
#define ll_entry_declare(_type, _name, _list) \
	extern __typeof__(_type) LTX_U_VAR(_name, _list); \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_U_T(_list)), #_name, LTX_U_VAR(_name, _list), 1); \
	LTX_MAYBE_UNUSED static __typeof__(_type) *linktable__uall_##_list##__##_name[2] LTX_U_ALL_ATTR = { \
		&LTX_U_VAR(_name, _list), &LTX_U_VAR(_name, _list) + 1 \
	}; \
	__typeof__(_type) LTX_U_VAR(_name, _list) LTX_U_ATTR(_type, _list)
#endif
/* (an array of a size its initializer gives: its pair is its list's bounds) */
#define ll_entry_declare_list(_type, _name, _list) \
	extern __typeof__(_type) LTX_U_VAR(_name, _list)[]; \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_U_T(_list)), #_name, LTX_U_VAR(_name, _list), 1); \
	LTX_U_LIST_PAIR(_list, LTX_UNIQUE(linktable__ulp_)); \
	__typeof__(_type) LTX_U_VAR(_name, _list)[] LTX_U_ATTR(_type, _list)
#define LTX_U_LIST_PAIR(_list, id) LTX_U_LIST_PAIR_(_list, id)
#define LTX_U_LIST_PAIR_(_list, id) \
	LTX_EXTERN_C_BEGIN \
	extern char id##_s[] __asm__("__start_" LTX_U_SEC(_list)) LTX_BOUND_ATTRS; \
	extern char id##_e[] __asm__("__stop_" LTX_U_SEC(_list)) LTX_BOUND_ATTRS; \
	LTX_EXTERN_C_END \
	LTX_MAYBE_UNUSED static void *id[2] LTX_U_ALL_ATTR = { id##_s, id##_e }

#define ll_entry_start(_type, _list) LTX_U_EDGE(_type, __start_, _list)
#define ll_entry_end(_type, _list) LTX_U_EDGE(_type, __stop_, _list)
#define ll_entry_count(_type, _list) \
	((unsigned int)((const char *)ll_entry_end(_type, _list) - (const char *)ll_entry_start(_type, _list)) / \
	 (unsigned int)sizeof(_type))

#define ll_entry_get(_type, _name, _list) \
	(__extension__({ \
		LTX_NESTED_EXTERN_BEGIN extern __typeof__(_type) LTX_U_VAR(_name, _list); \
		LTX_NESTED_EXTERN_END &LTX_U_VAR(_name, _list); \
	}))
#define ll_entry_ref(_type, _name, _list) ((__typeof__(_type) *)&LTX_U_VAR(_name, _list))
/* Declares an entry defined elsewhere (for ll_entry_ref() in initializers). */
#define ll_entry_decl(_type, _name, _list) extern __typeof__(_type) LTX_U_VAR(_name, _list)
/* The address of an entry, as ll_entry_ref(). */
#define llsym(_type, _name, _list) ((__typeof__(_type) *)&LTX_U_VAR(_name, _list))

/* The region of all lists, as a _type * (start == end if there is none). */
#define ll_start(_type) ((__typeof__(_type) *)linktable__uboot_span(0))
#define ll_end(_type) ((__typeof__(_type) *)linktable__uboot_span(1))

/**
 * LINKTABLE_UBOOT_FOREACH_BY_NAME() - visit the entries of list @_list in
 * U-Boot's order (by name), declaring "_type *var".
 * @_type: the entry type.
 * @_list: the list's name (defined with LINKTABLE_UBOOT_LIST_DEFINE()).
 * @var:   the loop variable.
 */
#define LINKTABLE_UBOOT_FOREACH_BY_NAME(_type, _list, var) LTX_C_FOREACH_NAMES(_type, LTX_U_NAMES(_list), var)

/**
 * LINKTABLE_UBOOT_FIND() - the entry of list @_list named @str, or NULL.
 * @_type: the entry type.
 * @_list: the list's name (defined with LINKTABLE_UBOOT_LIST_DEFINE()).
 * @str:   the name, a string (e.g. a command typed at the prompt).
 */
#define LINKTABLE_UBOOT_FIND(_type, _list, str) ((__typeof__(_type) *)linktable__names_find(LTX_U_NAMES(_list), (str)))

#endif /* LINKTABLE_COMPAT_UBOOT_H */
