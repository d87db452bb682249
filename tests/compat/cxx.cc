// SPDX-License-Identifier: MIT
// tests/compat/cxx.cc - the compat headers used from C++ (11, 17, 20):
// entries added by a C++ file to tables that a C file (cxx_c.c) defines
// and adds to, walked from C++.  (linux.h's initcalls are C only: their
// entries are assembly naming the function.)
#define COMPAT_WITH_CXX 1
#include "compat.h"
#include "cxx.h"

struct xitem x_cxx03 __table_entry(XITEMS, 03) = { 3, 10 };
struct xitem x_cxx99 __table_entry(XITEMS, 99) = { 99, 11 };
STRUCT_SECTION_ITERABLE(xdata, x_b) = { 2 };
ll_entry_declare(struct xitem, from_cxx, xlist) = { 0, 12 };
static struct xitem x_set_cxx = { 0, 13 };
DATA_SET(xset, x_set_cxx);

void test_cxx(void)
{
	struct xitem *p, **pp;
	int n = 0, order = -1, good = 1;

	for_each_table_entry(p, XITEMS) {
		good &= p->order > order;
		order = p->order;
		n++;
	}
	check(good && n == 4 && table_num_entries(XITEMS) == 4, "c++: iPXE table of C and C++ entries, in order (%d)", n);
	n = 0;
	STRUCT_SECTION_FOREACH(xdata, d)
		good &= d->a == ++n;
	check(good && n == 3, "c++: Zephyr section of C and C++ elements, by name");
	check(ll_entry_get(struct xitem, from_c, xlist)->id == 3 && ll_entry_get(struct xitem, from_cxx, xlist)->id == 12 &&
		      ll_entry_count(struct xitem, xlist) == 2,
	      "c++: U-Boot list of C and C++ entries");
	n = 0;
	SET_FOREACH(pp, xset)
		n += (*pp)->id;
	check(SET_COUNT(xset) == 2 && n == 17, "c++: FreeBSD set of C and C++ items");
}
