/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/control_no_retain.h - for a control of the matrix only:
 * linktable.h with entries that lack retain.  Given with -include, the
 * test program linked with --gc-sections -z start-stop-gc must then fail
 * (the linker collects the entries).  With clang, whose entries carry no
 * retain but are kept by relocations from every declaring file
 * (LTX_KEEP_BY_RELOC in internal/toolchain.h), the declarations lose those
 * relocations too: the control then shows that they are what keeps the
 * entries.
 */
#include <linktable/linktable.h>
#if LTX_KEEP_BY_RELOC
#undef LTX_KEEP_RELOC_ASM
#define LTX_KEEP_RELOC_ASM(t) ""
#endif
#undef LTX_ENTRY_ATTRS
#define LTX_ENTRY_ATTRS(sec, type) __attribute__((used, LTX_NO_ASAN section(sec), aligned(__alignof__(type))))
/* LINKTABLE_ENTRY() writes its attribute list out (no LTX_ENTRY_ATTRS()). */
#undef LINKTABLE_ENTRY
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, level, name)
#undef LTX_ENTRY_
#define LTX_ENTRY_(table, level, name) \
	LTX_ENTRY_LINKAGE __attribute__((__used__, LTX_NO_ASAN __section__(LTX_TABLE_SECTION(table, level)), __aligned__(__alignof__(linktable_type_##table)))) \
	LTX_ENTRY_QUAL linktable_type_##table name LTX_ENTRY_SYMBOL(table, name)
