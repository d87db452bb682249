/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/ipxe_a.c - iPXE's tables.h semantics: two-digit orders,
 * ascending across object files, one contiguous array (indexing, pointer
 * subtraction, the four walks), an empty table, a 3-byte entry type.
 */
#include <stddef.h>
#include "compat.h"
#include "ipxe.h"

extern struct frob frob_b02;

LINKTABLE_IPXE_DEFINE(FROBS);
LINKTABLE_IPXE_DEFINE(TINIES);
LINKTABLE_IPXE_DEFINE(NOTHINGS);

struct frob frob_a01 __frob(01) = { 1, 6, "a01" };
struct frob frob_a05 __frob(05) = { 5, 7, "a05" };
static struct frob frob_a42 __table_entry(FROBS, 42) = { 42, 8, "a42" };
struct frob frob_a10 __frob(10) = { 10, 9, "a10" };
struct tiny tiny_a1 __table_entry(TINIES, 03) = { 'a', '1', 'x' };
struct tiny tiny_a2 __table_entry(TINIES, 09) = { 'a', '2', 'x' };

void test_ipxe(void)
{
	struct frob *p, *q, *walk[FROB_COUNT + 1];
	struct tiny *t;
	int n = 0, ids = 0, ascending = 1, indexed = 1, prev = -1, i;

	check(table_num_entries(FROBS) == FROB_COUNT, "ipxe: table_num_entries() = %u (want %d)",
	      table_num_entries(FROBS), FROB_COUNT);
	check(table_end(FROBS) - table_start(FROBS) == FROB_COUNT, "ipxe: table_end() - table_start() = the count");
	for_each_table_entry(p, FROBS) {
		if (n <= FROB_COUNT)
			walk[n] = p;
		ascending &= p->order >= prev;
		prev = p->order;
		indexed &= table_index(FROBS, p) == (unsigned int)n && &table_start(FROBS)[n] == p;
		ids |= 1 << p->id;
		n++;
	}
	check(n == FROB_COUNT && ids == ((1 << (FROB_COUNT + 1)) - 2),
	      "ipxe: for_each_table_entry() visits every entry once (%d)", n);
	check(ascending, "ipxe: in ascending order across files (00, 01, 02, 05, 05, 10, 10, 42, 99)");
	check(indexed, "ipxe: table_index() and table_start()[i] agree with the walk");
	check(walk[0]->order == 0 && walk[FROB_COUNT - 1]->order == 99, "ipxe: orders 00 and 99 are the ends");
	check(LINKTABLE_ARRAY_CONTIGUOUS_STR("frobs"), "ipxe: the levels are adjacent in memory");

	i = FROB_COUNT;
	for_each_table_entry_reverse(p, FROBS)
		if (--i < 0 || walk[i] != p)
			break;
	check(i == 0 && p < table_start(FROBS), "ipxe: for_each_table_entry_reverse() is the exact reverse");

	p = walk[3];
	n = 4;
	for_each_table_entry_continue(p, FROBS)
		if (walk[n++] != p)
			break;
	check(n == FROB_COUNT && p == table_end(FROBS), "ipxe: for_each_table_entry_continue() goes on after the entry");
	p = walk[3];
	n = 3;
	for_each_table_entry_continue_reverse(p, FROBS)
		if (walk[--n] != p)
			break;
	check(n == 0, "ipxe: for_each_table_entry_continue_reverse() goes back from the entry");

	/* The table is writable, as iPXE's are. */
	walk[2]->id += 100;
	check(frob_b02.id == 102, "ipxe: entries are writable through the walk");
	walk[2]->id -= 100;

	n = 0;
	for_each_table_entry(t, TINIES)
		n++;
	check(n == 3 && table_num_entries(TINIES) == 3 && (char *)table_end(TINIES) - (char *)table_start(TINIES) == 9,
	      "ipxe: 3-byte entries touch (%d entries, %ld bytes)", n,
	      (long)((char *)table_end(TINIES) - (char *)table_start(TINIES)));
	t = table_start(TINIES);
	check(t[0].b == '1' && t[1].a == 'b' && t[2].b == '2', "ipxe: tiny entries in order 03, 07, 09");

	n = 0;
	for_each_table_entry(q, NOTHINGS)
		n++;
	for_each_table_entry_reverse(q, NOTHINGS)
		n++;
	check(n == 0 && table_num_entries(NOTHINGS) == 0 && table_start(NOTHINGS) == table_end(NOTHINGS) &&
		      table_start(NOTHINGS) != NULL,
	      "ipxe: an empty table: no entry either way, start == end, not NULL");
	(void)frob_a42;
}
