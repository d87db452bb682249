/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_g.c - positions inside an iPXE table: the start of one
 * order with __table_entries() (orders with entries, without, "08", past
 * the last), walks between TABLE_START()/TABLE_END() markers, an entry
 * placed by __table_section() among the entries of its order, and the
 * markers of a table without entries.
 */
#include "compat.h"
#include "ipxe_marks.h"

LINKTABLE_IPXE_DEFINE(MARKS);
LINKTABLE_IPXE_DEFINE(BARE_MARKS);

static TABLE_START(marks_start, MARKS);
static TABLE_END(marks_end, MARKS);
static TABLE_START(bare_start, BARE_MARKS);
static TABLE_END(bare_end, BARE_MARKS);

struct mark mark_g5 __mark(MARK_LATE) = { 5, 51 };
struct mark mark_g3 __mark(03) = { 3, 31 };
struct mark mark_g1 __mark(01) = { 1, 11 };

/* placed by __table_section() alone: no "retain", so kept by being named */
extern struct mark mark_h2;

/* A marker as a pointer the compiler cannot trace to it: to the compiler a
 * marker is an object of size 0, and UBSan's object-size check (the ASan
 * cells of the matrix) flags every entry read through it, which the walk
 * from TABLE_START() is in iPXE too (docs/adopting.md). */
static struct mark *marks_launder(struct mark *p)
{
	__asm__("" : "+r"(p));
	return p;
}

void test_ipxe_marks(void)
{
	struct mark *m, *three = __table_entries(MARKS, 03);
	int n = 0, sorted = 1, prev = 0;

	for (m = marks_launder(marks_start); m < marks_launder(marks_end); m++) {
		sorted &= m->order >= prev;
		prev = m->order;
		n++;
	}
	check(n == 7 && sorted && table_num_entries(MARKS) == 7,
	      "ipxe markers: TABLE_START()..TABLE_END() holds the 7 entries in order (%d)", n);
	check(marks_start == table_start(MARKS) && marks_end == table_end(MARKS),
	      "ipxe markers: TABLE_START()/TABLE_END() are table_start()/table_end()");
	check(__table_entries(MARKS, 01) == table_start(MARKS) && three->order == 3 && three[-1].order == 2,
	      "ipxe __table_entries(): order 01 starts the table, order 03 follows the last of 02");
	check(__table_entries(MARKS, 04) == __table_entries(MARKS, MARK_LATE) && __table_entries(MARKS, 04)->id == 51,
	      "ipxe __table_entries(): an order without entries starts where the next one does");
	check(__table_entries(MARKS, 08) == table_end(MARKS) && __table_entries(MARKS, 99) == table_end(MARKS),
	      "ipxe __table_entries(): past the last order (08, 99) is table_end()");
	n = 0;
	for (m = __table_entries(MARKS, 03); m < __table_entries(MARKS, 04); m++)
		n += m->order == 3;
	check(n == 2 && table_index(MARKS, __table_entries(MARKS, 07)) == 6,
	      "ipxe __table_entries(): one order walked from its start to the next's (2 of order 03)");
	n = 0;
	for (m = __table_entries(MARKS, 02); m < three; m++)
		n += m->id == 21;
	check(n == 1 && mark_h2.id == 21, "ipxe __table_section(): an entry placed by the section name is among its order's");
	n = 0;
	for (m = marks_launder(bare_start); m < marks_launder(bare_end); m++)
		n++;
	check(n == 0 && (unsigned long)bare_start == (unsigned long)bare_end && table_num_entries(BARE_MARKS) == 0,
	      "ipxe markers of a table without entries: TABLE_START() is TABLE_END()");
}
