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
 * What does not map (docs/adopting.md):
 *  - ll_entry_start() .. ll_entry_end() is in link order, not name order:
 *    no linker but mold sorts sections by name without a script.
 *  - ll_start()/ll_end() (all lists as one region) do not compile: the
 *    lists are separate tables here, placed apart.
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

/**
 * LINKTABLE_UBOOT_LIST_DEFINE() - define list @_list as a full linktable
 * table, in one .c file: optional, for the linktable command (list, check)
 * and the name order (LINKTABLE_UBOOT_FOREACH_BY_NAME()).
 * @_type: the entry type.
 * @_list: the list's name.
 */
#define LINKTABLE_UBOOT_LIST_DEFINE(_type, _list) LINKTABLE_ARRAY_DEFINE(_type, uboot_##_list)

#define ll_entry_declare(_type, _name, _list) \
	extern _type LTX_U_VAR(_name, _list); \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_U_T(_list)), #_name, LTX_U_VAR(_name, _list), 1); \
	_type LTX_U_VAR(_name, _list) LTX_C_ATTR(_type, LTX_U_T(_list))
#define ll_entry_declare_list(_type, _name, _list) \
	extern _type LTX_U_VAR(_name, _list)[]; \
	LTX_ARRAY_NAME_SEC(LTX_C_NAMES_SECTION(LTX_U_T(_list)), #_name, LTX_U_VAR(_name, _list), 1); \
	_type LTX_U_VAR(_name, _list)[] LTX_C_ATTR(_type, LTX_U_T(_list))

#define ll_entry_start(_type, _list) LTX_C_EDGE(_type, __start_, LTX_U_T(_list))
#define ll_entry_end(_type, _list) LTX_C_EDGE(_type, __stop_, LTX_U_T(_list))
#define ll_entry_count(_type, _list) ((unsigned int)LTX_C_COUNT(_type, LTX_U_T(_list)))

#define ll_entry_get(_type, _name, _list) \
	(__extension__({ \
		extern _type LTX_U_VAR(_name, _list); \
		&LTX_U_VAR(_name, _list); \
	}))
#define ll_entry_ref(_type, _name, _list) ((_type *)&LTX_U_VAR(_name, _list))

#define ll_start(_type) \
	(__extension__({ \
		LTX_STATIC_ASSERT(sizeof(_type) == 0, "ll_start(): U-Boot's lists as one region do not map to linktable " \
						     "(docs/adopting.md)"); \
		(_type *)LTX_NULL; \
	}))
#define ll_end(_type) \
	(__extension__({ \
		LTX_STATIC_ASSERT(sizeof(_type) == 0, "ll_end(): U-Boot's lists as one region do not map to linktable " \
						     "(docs/adopting.md)"); \
		(_type *)LTX_NULL; \
	}))

/**
 * LINKTABLE_UBOOT_FOREACH_BY_NAME() - visit the entries of list @_list in
 * U-Boot's order (by name), declaring "_type *var".
 * @_type: the entry type.
 * @_list: the list's name (defined with LINKTABLE_UBOOT_LIST_DEFINE()).
 * @var:   the loop variable.
 */
#define LINKTABLE_UBOOT_FOREACH_BY_NAME(_type, _list, var) LTX_C_FOREACH_BY_NAME(_type, LTX_U_T(_list), var)

/**
 * LINKTABLE_UBOOT_FIND() - the entry of list @_list named @str, or NULL.
 * @_type: the entry type.
 * @_list: the list's name (defined with LINKTABLE_UBOOT_LIST_DEFINE()).
 * @str:   the name, a string (e.g. a command typed at the prompt).
 */
#define LINKTABLE_UBOOT_FIND(_type, _list, str) ((_type *)linktable__names_find(LTX_C_NAMES(LTX_U_T(_list)), (str)))

#endif /* LINKTABLE_COMPAT_UBOOT_H */
