/* SPDX-License-Identifier: MIT */
/*
 * linktable/internal/wasm.h - what differs on WebAssembly (wasm32, wasm-ld).
 *
 * Not a public API: <linktable/linktable.h> includes it at its end on
 * WebAssembly targets.  Plain tables, levels, COUNT, EMPTY and the walks
 * in both directions work as on ELF, with wasm-ld's __start_/__stop_
 * symbols (the section names are C identifiers); entries are hidden
 * global symbols (toolchain.h, "WebAssembly").  What changes here:
 *   - a relative table holds function pointers.  A function has no address
 *     in linear memory: a function pointer is an index into the module's
 *     function table, which wasm-ld resolves at link time (no relocation at
 *     run time), so there is no offset from an entry to its function to
 *     store.  The index is what an offset buys elsewhere: 4 bytes on wasm32,
 *     constant, read-only data.  LINKTABLE_REL_FOREACH() and the rest work
 *     unchanged;
 *   - plugins (LINKTABLE_EXPORT()): a module has no dlopen(); the macro
 *     compiles, but nothing loads a second image's table.
 */
#ifndef LINKTABLE_INTERNAL_WASM_H
#define LINKTABLE_INTERNAL_WASM_H

#if defined(LTX_WASM) || defined(__wasm__)
#ifndef LINKTABLE_LINKTABLE_H
#error "linktable/internal/wasm.h is internal: include <linktable/linktable.h>"
#else

#undef LTX_REL_ENTRY_
#define LTX_REL_ENTRY_(table, level, fn) \
	LTX_STATIC_ASSERT(LTX_SAME_TYPE(__typeof__(&(fn)), linktable_type_##table), \
			  "linktable: " #fn " is not of the function type of relative table " #table); \
	LTX_STATIC_ASSERT(sizeof(linktable_type_##table) == sizeof(int), \
			  "linktable: relative tables on WebAssembly need 4-byte function pointers (wasm32)"); \
	LTX_ENTRY_LINKAGE LTX_ENTRY_ATTRS(LTX_TABLE_SECTION_RO(table, level), linktable_type_##table) \
	const linktable_type_##table LTX_CAT(linktable__rel_##fn##_, __LINE__) LTX_ENTRY_SYMBOL(table, fn) = &(fn)

#undef LTX_REL_TARGET
#define LTX_REL_TARGET(table, p) (*(const linktable_type_##table *)(const void *)(p))

#endif /* LINKTABLE_LINKTABLE_H */
#endif /* wasm */
#endif /* LINKTABLE_INTERNAL_WASM_H */
