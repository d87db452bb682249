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
 *  - __table_entries(table, idx) (the start of the entries of order idx)
 *    is computed from the table's bounds; __table_section(table, idx)
 *    names linktable's section of that order, not ".tbl.<name>.<NN>";
 *    TABLE_START()/TABLE_END()/__TABLE_ENTRIES() declare zero-length arrays
 *    at orders 00 and 99 (or idx), as in iPXE, which the ordered levels put
 *    at the table's ends.
 *  - An empty table's table_start() is not NULL (it equals table_end()).
 *  - ELF only.
 */
#ifndef LINKTABLE_COMPAT_IPXE_H
#define LINKTABLE_COMPAT_IPXE_H

#include <linktable/linktable.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
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

/* The section of @table's entries of order @idx (iPXE's
 * ".tbl.<name>.<NN>"): linktable's section of that level,
 * "linktable_<name>_<NN>_rw", for code that names the section itself
 * (__attribute__((section(__table_section(FROBS, 01)))) places a
 * declaration where __table_entry(FROBS, 01) would). */
#define __table_section(table, idx) "linktable_" __table_name(table) "_" LTX_KEY(idx) "_rw"

/* Where the entries of order @idx of the table of bounds @b start: the
 * first entry of the first non-empty order from @idx on, or the table's
 * end; where iPXE's zero-length marker in that order's section lands. */
static inline void *linktable__ipxe_entries(const struct linktable_bounds *b, int idx)
{
	for (; idx >= 0 && idx < LTX_LEVELS; idx++) {
		void *s = linktable__array_level_edge(b, idx, 0);

		if (s != linktable__array_level_edge(b, idx, 1))
			return s;
	}
	return linktable__array_edge(b, 1);
}
/* The start of @table's entries of order @idx (01 .. 99, as written for
 * __table_entry()): the entries of orders @idx and above run from here to
 * table_end(), those below from table_start() to here. */
#define __table_entries(table, idx) \
	((__table_type(table) *)linktable__ipxe_entries(LTX_ASTR_BOUNDS(__table_name(table)), LTX_LEVEL_NORM(idx)))

/* A zero-length array @entries of @table's type at order @idx: iPXE's
 * marker of a position in a table.  Zero-sized, it adds no entry; the
 * levels are laid out in ascending order, so at order 00 (which iPXE keeps
 * for this, entries using 01 .. 98) it is the table's start, at 99 its end,
 * on every linker; at an order other files add entries to, it lands among
 * them in link order, as in iPXE.  (A zero-length array is a GNU C
 * extension, as in iPXE.) */
#define __TABLE_ENTRIES(entries, table, idx) __table_type(table) entries[0] __table_entry(table, idx)
/* Declare @start, a zero-length array at the start of @table. */
#define TABLE_START(start, table) __TABLE_ENTRIES(start, table, 00)
/* Declare @end, a zero-length array at the end of @table. */
#define TABLE_END(end, table) __TABLE_ENTRIES(end, table, 99)

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
