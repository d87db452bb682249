/* SPDX-License-Identifier: MIT */
/*
 * tests/matrix/control_no_aligned.h - for a control of the matrix only:
 * linktable.h with entries that lack aligned(__alignof__(type)).  Given
 * with -include, the test program must then fail (gcc pads 40-byte
 * entries to 64 bytes).
 */
#include <linktable/linktable.h>
#undef LTX_ENTRY_ATTRS
#define LTX_ENTRY_ATTRS(sec, type) __attribute__((used, LTX_RETAIN LTX_NO_ASAN section(sec)))
/* LINKTABLE_ENTRY() writes its attribute list out (no LTX_ENTRY_ATTRS()). */
#undef LINKTABLE_ENTRY
#define LINKTABLE_ENTRY(table, level, name) LTX_ENTRY_(table, level, name)
#undef LTX_ENTRY_
#define LTX_ENTRY_(table, level, name) \
	LTX_ENTRY_LINKAGE __attribute__((__used__, LTX_RETAIN LTX_NO_ASAN __section__(LTX_TABLE_SECTION(table, level)))) \
	LTX_ENTRY_QUAL linktable_type_##table name LTX_ENTRY_SYMBOL(table, name)
