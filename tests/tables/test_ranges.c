/* SPDX-License-Identifier: MIT */
/* tests/tables/test_ranges.c - unit tests of <linktable/ranges.h>. */
#include <stdint.h>

#include "../tap.h"
#include "ranges_test.h"

LINKTABLE_RANGE_DEFINE(r_data);
LINKTABLE_RANGE_DEFINE(r_text);
LINKTABLE_RANGE_DEFINE(r_empty);

LINKTABLE_IN_RANGE(r_data) int r_data_a[4] = { 1, 2, 3, 4 };
static int outside[4] = { 9, 9, 9, 9 };

LINKTABLE_IN_RANGE(r_text) int r_text_a(int x)
{
	return x + 1;
}

static int outside_fn(int x)
{
	return x - 1;
}

static void test_data_range(void)
{
	const struct linktable_range *r = LINKTABLE_RANGE(r_data);

	is_str(r->name, "r_data", "a range knows its name");
	ok(LINKTABLE_RANGE_CONTAINS(r_data, r_data_a), "CONTAINS: an object of this file");
	ok(LINKTABLE_RANGE_CONTAINS(r_data, r_data_b), "CONTAINS: an object of another file");
	ok(LINKTABLE_RANGE_CONTAINS(r_data, &r_data_b[3]) && LINKTABLE_RANGE_CONTAINS(r_data, &r_data_a[3]),
	   "CONTAINS: the last element of each object");
	ok(LINKTABLE_RANGE_CONTAINS(r_data, r->begin), "CONTAINS: the first byte");
	/* integer arithmetic: gcc knows r->end is __stop_..., and would flag
	 * "r->end - 1" as outside that (zero-sized) object */
	ok(LINKTABLE_RANGE_CONTAINS(r_data, (uintptr_t)r->end - 1), "CONTAINS: the last byte");
	ok(!LINKTABLE_RANGE_CONTAINS(r_data, r->end), "CONTAINS: not the end address");
	ok(!LINKTABLE_RANGE_CONTAINS(r_data, outside), "CONTAINS: not an object outside the range");
	ok(!LINKTABLE_RANGE_CONTAINS(r_data, NULL), "CONTAINS: not NULL");
	is_int(LINKTABLE_RANGE_SIZE(r_data), sizeof(r_data_a) + sizeof(r_data_b),
	       "SIZE is the sum of the objects placed in the range");
	is_int(r_data_a[2] + r_data_b[2], 10, "objects in a range keep their values");
}

static void test_text_range(void)
{
	int (*volatile f)(int) = outside_fn;

	ok(LINKTABLE_RANGE_CONTAINS(r_text, &r_text_a), "CONTAINS: a function of this file");
	ok(LINKTABLE_RANGE_CONTAINS(r_text, &r_text_b), "CONTAINS: a function of another file");
	ok(!LINKTABLE_RANGE_CONTAINS(r_text, f), "CONTAINS: not a function outside the range");
	ok(LINKTABLE_RANGE_SIZE(r_text) > 0, "SIZE of a code range is its functions' bytes (%zu)",
	   (size_t)LINKTABLE_RANGE_SIZE(r_text));
	is_int(r_text_a(1) + r_text_b(2) + f(0), 7, "functions in a range run");
}

static void test_empty_range(void)
{
	static const char probe[1];

	is_int(LINKTABLE_RANGE_SIZE(r_empty), 0, "empty range: SIZE 0");
	ok(!LINKTABLE_RANGE_CONTAINS(r_empty, probe) && !LINKTABLE_RANGE_CONTAINS(r_empty, NULL),
	   "empty range: CONTAINS nothing");
	is_str(LINKTABLE_RANGE(r_empty)->name, "r_empty", "empty range: still named");
}

int main(void)
{
	test_data_range();
	test_text_range();
	test_empty_range();
	return tap_done();
}
