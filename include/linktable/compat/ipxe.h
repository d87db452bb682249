/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/ipxe.h - iPXE's linker-table API (its <ipxe/tables.h>)
 * on linktable: no linker script, any of bfd, gold, lld and mold.
 *
 * What iPXE documents, and what this header keeps:
 *  - A table is named by a type and a string: "#define FROBS __table(struct
 *    frob, "frobs")".  __table_type() and __table_name() take it apart,
 *    __table_alignment() is its entries' alignment.
 *  - An entry is an ordinary declaration with the attribute
 *    __table_entry(TABLE, order) written after the declarator:
 *    "struct frob my_frob __table_entry(FROBS, 01) = { ... };".  Orders are
 *    written with two digits, 01 .. 99; lower orders come first, entries of
 *    one order in link order.
 *  - The table is one array: table_start() .. table_end(), so code may
 *    index it, subtract pointers (table_index()) and walk it forwards and
 *    backwards with for_each_table_entry() and its _reverse, _continue and
 *    _continue_reverse forms; table_num_entries() is its length.  Both
 *    table_num_entries() and table_index() are unsigned ints.
 *
 * What changes (docs/adopting.md):
 *  - Each table needs LINKTABLE_IPXE_DECLARE(TABLE) next to its #define (in
 *    the header that every file adding entries includes: it names the
 *    table's sections in order, which lays the table out as one array on
 *    every linker) and LINKTABLE_IPXE_DEFINE(TABLE) in one .c file.
 *  - Table names must be C identifiers ("frobs", not "frob.s").
 *  - Entries may be const, beside writable ones (on mold only writable, or
 *    const ones whose section is writable: a program whose const entries
 *    mold put apart stops with a message; docs/adopting.md).
 *  - An empty table's table_start() is not NULL (it equals table_end()).
 *  - Not here: TABLE_START()/TABLE_END()/__TABLE_ENTRIES() (array objects at
 *    a table's ends), __table_entries() and __table_section().
 *  - ELF only.
 */
#ifndef LINKTABLE_COMPAT_IPXE_H
#define LINKTABLE_COMPAT_IPXE_H

#include <linktable/linktable.h>

#ifdef LTX_PE
#error "linktable/compat/ipxe.h: array tables (one contiguous array) need ELF"
#endif

/* A table: its entry type and its name, a string literal. */
#define __table(type, name) (type, name)
/* The entry type of a table. */
#define __table_type(table) LTX_P1 table
/* The name of a table (a string literal). */
#define __table_name(table) LTX_P2 table
/* The alignment of a table's entries. */
#define __table_alignment(table) __alignof__(__table_type(table))

/**
 * LINKTABLE_IPXE_DECLARE() - lay an iPXE table out as one array: in every
 * file that adds entries (put it in the table's header).
 * @table: the table, as given by __table().
 */
#define LINKTABLE_IPXE_DECLARE(table) LINKTABLE_ARRAY_DECLARE_STR(__table_name(table))

/**
 * LINKTABLE_IPXE_DEFINE() - define an iPXE table, in one .c file of the
 * program (it also records the table for the linktable command).
 * @table: the table, as given by __table().
 */
#define LINKTABLE_IPXE_DEFINE(table) LINKTABLE_ARRAY_DEFINE_STR(__table_type(table), __table_name(table))

/* The attribute that makes a declaration an entry of @table at order @idx.
 * iPXE writes it on extern declarations too ("extern const struct setting
 * x __setting(...);" in a header, the definition in one file), where
 * "used" and "retain" mean nothing and the compilers warn that they are
 * ignored: clang's warning is silenced for the attribute alone; gcc takes
 * no pragma inside a declaration, so -Wattributes is off from here to the
 * end of the file that includes this header (docs/adopting.md). */
#ifdef __clang__
#define __table_entry(table, idx) \
	_Pragma("clang diagnostic push") _Pragma("clang diagnostic ignored \"-Wignored-attributes\"") \
		LINKTABLE_ARRAY_ATTR_STR(__table_type(table), __table_name(table), idx) _Pragma("clang diagnostic pop")
#else
#pragma GCC diagnostic ignored "-Wattributes"
#define __table_entry(table, idx) LINKTABLE_ARRAY_ATTR_STR(__table_type(table), __table_name(table), idx)
#endif

/* The first entry of @table. */
#define table_start(table) LINKTABLE_ARRAY_START_STR(__table_type(table), __table_name(table))
/* One past the last entry of @table. */
#define table_end(table) LINKTABLE_ARRAY_END_STR(__table_type(table), __table_name(table))
/* The number of entries of @table, an unsigned int as in iPXE (code
 * counts with unsigned ints and prints it with %u or %d). */
#define table_num_entries(table) \
	((unsigned int)LINKTABLE_COUNT_STR(__table_type(table), __table_name(table)))
/* The index of the entry at @pointer in @table, an unsigned int as in iPXE. */
#define table_index(table, pointer) ((unsigned int)((pointer) - table_start(table)))

/* Every entry, in order. */
#define for_each_table_entry(pointer, table) \
	for ((pointer) = table_start(table); (pointer) < table_end(table); (pointer)++)
/* The entries after @pointer, in order. */
#define for_each_table_entry_continue(pointer, table) \
	for ((pointer)++; (pointer) < table_end(table); (pointer)++)
/* Every entry, last first. */
#define for_each_table_entry_reverse(pointer, table) \
	for ((pointer) = (table_end(table) - 1); (pointer) >= table_start(table); (pointer)--)
/* The entries before @pointer, last first. */
#define for_each_table_entry_continue_reverse(pointer, table) \
	for ((pointer)--; (pointer) >= table_start(table); (pointer)--)

#endif /* LINKTABLE_COMPAT_IPXE_H */
