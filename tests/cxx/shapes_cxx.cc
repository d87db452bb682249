/* SPDX-License-Identifier: MIT */
/*
 * The C++ half: adds entries to the table shapes_c.c defines and checks
 * what both sides see.  Built with g++ and clang++ at -std=c++11/17/20.
 */
#include <string.h>

#include "../tap.h"
#include "shapes.h"

namespace {

int four()
{
	return 4;
}

int minus_seven()
{
	return -7;
}

} // namespace

LINKTABLE_ENTRY(shapes, 2, square) = { 20, "square", four };
LINKTABLE_ENTRY(shapes, 99, broken) = { 990, "broken", minus_seven };

int main()
{
	static const int want[] = { 10, 20, 300, 990 };
	const struct shape *s;
	int i = 0, same = 1;

	is_int(LINKTABLE_COUNT(shapes), 4, "C++ sees the C and C++ entries");
	is_int(c_shape_count(), 4, "C sees the same four");
	is_int(c_first_shape_id(), 10, "C's first entry is the lowest level");
	ok(!LINKTABLE_EMPTY(shapes), "not EMPTY");
	LINKTABLE_FOREACH(s, shapes)
		same &= i < 4 && s->id == want[i++];
	ok(same && i == 4 && s == nullptr, "FOREACH in level order, NULL afterwards");
	i = 4;
	same = 1;
	LINKTABLE_FOREACH_REVERSE(s, shapes)
		same &= i > 0 && s->id == want[--i];
	ok(same && i == 0, "FOREACH_REVERSE is the reverse");
	is_int(LINKTABLE_RUN_ERR(shapes, sides), 3, "RUN_ERR stops at the first non-zero result (the C entry)");
	LINKTABLE_FOREACH(s, shapes)
		if (strcmp(s->name, "square") == 0)
			break;
	ok(s && s->sides() == 4, "break keeps the entry; its C++ function runs");

	sides_fn f = nullptr;
	int seen = 0;
	LINKTABLE_REL_FOREACH(f, side_counts)
		seen = seen * 10 + f();
	is_int(seen, 35, "REL_FOREACH from C++ calls the C functions of a relative table in level order");
	seen = 0;
	LINKTABLE_REL_FOREACH_REVERSE(f, side_counts)
		seen = seen * 10 + f();
	is_int(seen, 53, "REL_FOREACH_REVERSE from C++ is the reverse");
	is_int(LINKTABLE_REL_COUNT(side_counts), 2, "REL_COUNT from C++");
	return tap_done();
}
