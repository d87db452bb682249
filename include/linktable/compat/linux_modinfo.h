/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/linux_modinfo.h - a Linux module's information
 * (<linux/module.h>'s MODULE_LICENSE(), MODULE_AUTHOR(), ...) as built-in
 * code has it.  Included by <linktable/compat/linux.h>; include that.
 *
 * What Linux does: each MODULE_INFO(tag, info) - and MODULE_LICENSE,
 * MODULE_AUTHOR, MODULE_DESCRIPTION, MODULE_VERSION, MODULE_ALIAS,
 * MODULE_SOFTDEP, MODULE_FIRMWARE, MODULE_PARM_DESC, MODULE_IMPORT_NS and
 * the "parmtype" record each module_param() adds - is a string "tag=info"
 * in the .modinfo section, any number per file; in built-in code each
 * starts with the module's name and a '.' ("toynet.license=GPL"), and the
 * image keeps them (modinfo(8) and the kernel's modules.builtin.modinfo
 * read them).  @info must be a string literal.
 *
 * Here: the same strings, kept as data a reader can see - linux_modinfo,
 * a plain linktable table of const char * (level 0, link order), which
 * `linktable list` shows and a program may walk (LINKTABLE_FOREACH).  The
 * prefix is KBUILD_MODNAME "." when KBUILD_MODNAME (a string literal) is
 * defined before linux.h is included, else none.  Each entry is a static
 * object of a name of its own: no symbol clashes across files, in C and
 * C++.  MODULE_DEVICE_TABLE(type, name) is nothing in built-in code (the
 * kernel exports the table only for a loadable module's aliases): here it
 * checks that @name is an object and adds nothing.
 */
#ifndef LINKTABLE_COMPAT_LINUX_MODINFO_H
#define LINKTABLE_COMPAT_LINUX_MODINFO_H

#include <linktable/linktable.h>

#ifndef LTX_ELF /* PE/COFF, WebAssembly, Mach-O */
#error "linktable/compat/linux_modinfo.h: the Linux mapping needs ELF (see compat/linux.h)"
#endif

LINKTABLE_DECLARE(const char *, linux_modinfo);

/* The prefix of built-in code's records: the module's name and a '.'. */
#ifdef KBUILD_MODNAME
#define LTX_LINUX_MODINFO_PREFIX KBUILD_MODNAME "."
#else
#define LTX_LINUX_MODINFO_PREFIX ""
#endif

#define MODULE_INFO(tag, info) \
	LINKTABLE_ENTRY(linux_modinfo, 0, LTX_UNIQUE(linktable__lxinfo_)) = LTX_LINUX_MODINFO_PREFIX #tag "=" info
#define MODULE_LICENSE(text) MODULE_INFO(license, text)
#define MODULE_AUTHOR(text) MODULE_INFO(author, text)
#define MODULE_DESCRIPTION(text) MODULE_INFO(description, text)
#define MODULE_VERSION(text) MODULE_INFO(version, text)
#define MODULE_ALIAS(text) MODULE_INFO(alias, text)
#define MODULE_SOFTDEP(text) MODULE_INFO(softdep, text)
#define MODULE_FIRMWARE(text) MODULE_INFO(firmware, text)
#define MODULE_PARM_DESC(var, text) MODULE_INFO(parm, #var ":" text)
/* The parmtype record module_param() makes, which a module_param_cb()'s
 * file may add itself; and the three-argument form (its @name only keeps
 * the kernel's symbol unique). */
#define __MODULE_PARM_TYPE(name, _type) MODULE_INFO(parmtype, #name ":" _type)
#define __MODULE_INFO(tag, name, info) MODULE_INFO(tag, info)
/* Linux 6.1's namespace is a token (EXPORT_SYMBOL_NS(), linux_export.h). */
#define MODULE_IMPORT_NS(ns) MODULE_INFO(import_ns, #ns)
#define MODULE_DEVICE_TABLE(type, name) \
	LTX_STATIC_ASSERT(sizeof(name) > 0, "linux: MODULE_DEVICE_TABLE(" #type ", " #name ") names no object")

#endif /* LINKTABLE_COMPAT_LINUX_MODINFO_H */
