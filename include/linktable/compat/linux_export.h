/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/linux_export.h - Linux's exported symbols
 * (<linux/export.h>'s EXPORT_SYMBOL() family, <linux/module.h>'s
 * symbol_get()) as built-in code has them: a table of the program's
 * exports, looked up by name.  Included by <linktable/compat/linux.h>;
 * include that.
 *
 * What Linux does (Linux 6.1): EXPORT_SYMBOL(sym) puts a struct
 * kernel_symbol - the symbol's address, its name and its namespace ("" for
 * none) - in the section __ksymtab, EXPORT_SYMBOL_GPL(sym) in
 * __ksymtab_gpl (for GPL-compatible modules only), and the _NS forms
 * (EXPORT_SYMBOL_NS(sym, ns), EXPORT_SYMBOL_NS_GPL(sym, ns)) give the
 * namespace, a token that is stringified, which a module that uses the
 * symbol must import (MODULE_IMPORT_NS(ns), linux_modinfo.h).  The
 * kernel's linker script gathers them, sorted by name, and the module
 * loader, __symbol_get(name) and symbol_get(sym) look names up there.  A
 * symbol exported twice stops the build (modpost: "exported twice").
 *
 * Here: the same records in one plain linktable table, linux_ksymtab
 * (read-only; level 0, link order), of struct kernel_symbol with the
 * address, the name, the namespace and whether the export is GPL-only.
 * __symbol_get(name) returns the address of the symbol of that name, or
 * NULL; __symbol_get_gpl(name) only a GPL-only one; symbol_get(sym) is
 * __symbol_get() of its name, typed as &sym (the kernel's form when it has
 * modules); symbol_put() and symbol_put_addr() do nothing (nothing is
 * unloaded).  A symbol exported twice in one program does not link: each
 * export also defines linktable_linux_exported_<sym>, so the linker names
 * the second ("multiple definition").  `linktable list` shows the table.
 *
 * What changes: the table is in link order, not sorted (a lookup walks
 * it); the record is not the kernel's layout (PREL32 offsets on x86-64);
 * exports are C only (C++ cannot initialise the address in a read-only
 * entry at compile time: a C++ file that exports stops with a message);
 * and no module loader reads it.
 */
#ifndef LINKTABLE_COMPAT_LINUX_EXPORT_H
#define LINKTABLE_COMPAT_LINUX_EXPORT_H

#include <linktable/linktable.h>
#include <linktable/compat/linux_param.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
#error "linktable/compat/linux_export.h: the Linux mapping needs ELF (see compat/linux.h)"
#endif

/* An exported symbol: @value its address, @name, @ns its namespace ("" for
 * none), @gpl whether only GPL-compatible code may use it. */
struct kernel_symbol {
	const void *value;
	const char *name;
	const char *ns;
	unsigned char gpl;
};

LINKTABLE_DECLARE(struct kernel_symbol, linux_ksymtab);

#ifndef __cplusplus
/* The record, and a global name of the symbol's own: a second export of
 * it is a duplicate definition at link time. */
#define LTX_LINUX_EXPORT(sym, ns_, gpl_) \
	extern const char linktable_linux_exported_##sym; \
	const char linktable_linux_exported_##sym = 0; \
	LINKTABLE_ENTRY(linux_ksymtab, 0, linktable__lxksym_##sym) = { \
		(const void *)(linktable__uintptr_t)&(sym), #sym, ns_, gpl_ }
#else
#define LTX_LINUX_EXPORT(sym, ns_, gpl_) \
	static_assert(sizeof(sym) == 0, "linux: EXPORT_SYMBOL() is C only (" #sym ")")
#endif
#define EXPORT_SYMBOL(sym) LTX_LINUX_EXPORT(sym, "", 0)
#define EXPORT_SYMBOL_GPL(sym) LTX_LINUX_EXPORT(sym, "", 1)
#define EXPORT_SYMBOL_NS(sym, ns) LTX_LINUX_EXPORT(sym, #ns, 0)
#define EXPORT_SYMBOL_NS_GPL(sym, ns) LTX_LINUX_EXPORT(sym, #ns, 1)

/* The address of the exported symbol @name (GPL-only ones too, if
 * @any), or NULL. */
static inline void *linktable__linux_symbol_get(const char *name, int any)
{
	const struct kernel_symbol *ks;

	if (name == LTX_NULL)
		return LTX_NULL;
	LINKTABLE_FOREACH(ks, linux_ksymtab) {
		if (linktable__linux_streq(ks->name, name) && (any || ks->gpl))
			return (void *)(linktable__uintptr_t)ks->value;
	}
	return LTX_NULL;
}
static inline void *__symbol_get(const char *symbol)
{
	return linktable__linux_symbol_get(symbol, 1);
}
static inline void *__symbol_get_gpl(const char *symbol)
{
	return linktable__linux_symbol_get(symbol, 0);
}
/* The address as an integer, which C converts to a function pointer too
 * (the "+ 0": a cast of the call itself is what -Wbad-function-cast names). */
static inline linktable__uintptr_t linktable__linux_symbol_addr(const char *name)
{
	return (linktable__uintptr_t)linktable__linux_symbol_get(name, 1);
}
#define symbol_get(x) ((__typeof__(&(x)))(linktable__linux_symbol_addr(#x) + 0))
static inline void __symbol_put(const char *symbol)
{
	(void)symbol;
}
#define symbol_put(x) \
	do { \
	} while (0)
#define symbol_put_addr(p) \
	do { \
		(void)(p); \
	} while (0)

#endif /* LINKTABLE_COMPAT_LINUX_EXPORT_H */
