/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_marks.h - an iPXE table walked from positions inside
 * it: __table_entries() at an order, TABLE_START()/TABLE_END() markers,
 * an entry placed by __table_section() (ipxe_g.c, ipxe_h.c).
 */
#ifndef LINKTABLE_TESTS_COMPAT_IPXE_MARKS_H
#define LINKTABLE_TESTS_COMPAT_IPXE_MARKS_H
#include <linktable/compat/ipxe.h>

struct mark {
	int order;
	int id;
};
#define MARKS __table(struct mark, "marks")
LINKTABLE_IPXE_DECLARE(MARKS);
#define __mark(order) __table_entry(MARKS, order)
#define MARK_LATE 05

/* A table with markers and no entries. */
#define BARE_MARKS __table(struct mark, "bare_marks")
LINKTABLE_IPXE_DECLARE(BARE_MARKS);
#endif
