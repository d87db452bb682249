/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_a.c - Zephyr's iterable sections: elements visited
 * sorted by name (Zephyr's note: d1, d2, d3 whatever the definition order),
 * _NAMED sorting by its name, an _ARRAY sorted as one, _ALTERNATE sections,
 * GET and COUNT, START..END as one array, an empty section, writable (RAM)
 * elements, a 40-byte element type.
 */
#include <stddef.h>
#include "compat.h"
#include "zephyr.h"

ITERABLE_SECTION_RAM(my_data, 4);
ITERABLE_SECTION_ROM(wide, 8);
ITERABLE_SECTION_RAM(unused_thing, 4);
LINKTABLE_ZEPHYR_DEFINE(struct my_data, alt_items);

DEFINE_DATA(d3, 5, 6);
DEFINE_DATA(d1, 1, 2);
STRUCT_SECTION_ITERABLE_NAMED(my_data, a_first, zz_var) = { 0, 0 }; /* sorted as "a_first" */
STRUCT_SECTION_ITERABLE_ALTERNATE(alt_items, my_data, alt_a) = { 1, 0 };
STRUCT_SECTION_ITERABLE(wide, w_a) = { "a", 1 };

STRUCT_SECTION_START_EXTERN(my_data);
STRUCT_SECTION_END_EXTERN(my_data);

/* Expected name order: "a1_" "a_first_" "c_arr_" (2) "d1_" "d2_" "d3_". */
static const int want[] = { 10, 0, 20, 21, 1, 3, 5 };
#define WANT (int)(sizeof(want) / sizeof(want[0]))

void test_zephyr(void)
{
	struct my_data *p;
	int n = 0, good = 1, count = -1, seen = 0, i;
	size_t alt = 0;

	STRUCT_SECTION_FOREACH(my_data, d) {
		good &= n < WANT && d->a == want[n];
		n++;
	}
	check(n == WANT && good, "zephyr: STRUCT_SECTION_FOREACH() visits %d elements sorted by name (want %d)", n, WANT);
	STRUCT_SECTION_COUNT(my_data, &count);
	check(count == WANT, "zephyr: STRUCT_SECTION_COUNT() = %d", count);
	good = 1;
	for (i = 0; i < count; i++) {
		STRUCT_SECTION_GET(my_data, i, &p);
		good &= p != NULL && p->a == want[i];
	}
	STRUCT_SECTION_GET(my_data, count, &p);
	check(good && p == NULL, "zephyr: STRUCT_SECTION_GET(i) is the i-th by name, NULL past the end");

	/* START .. END: one array holding every element once (link order). */
	n = 0;
	for (p = STRUCT_SECTION_START(my_data); p < STRUCT_SECTION_END(my_data); p++) {
		for (i = 0; i < WANT; i++)
			if (p->a == want[i])
				seen |= 1 << i;
		n++;
	}
	check(n == WANT && seen == (1 << WANT) - 1 && STRUCT_SECTION_END(my_data) - STRUCT_SECTION_START(my_data) == count,
	      "zephyr: START..END is one array of every element");
	good = 1;
	for (i = count; i-- > 0;)
		good &= STRUCT_SECTION_START(my_data)[i].a >= 0;
	check(good, "zephyr: indexing START from the end back");

	STRUCT_SECTION_FOREACH(my_data, d)
		d->b += 1000; /* RAM: writable */
	STRUCT_SECTION_GET(my_data, 4, &p);
	check(p->a == 1 && p->b == 1002, "zephyr: elements are writable");

	n = 0;
	STRUCT_SECTION_FOREACH_ALTERNATE(alt_items, my_data, d) {
		good &= d->a == ++n;
	}
	TYPE_SECTION_COUNT(struct my_data, alt_items, &alt);
	check(n == 2 && alt == 2 && good, "zephyr: an _ALTERNATE section holds its own elements, by name");

	n = 0;
	STRUCT_SECTION_FOREACH(wide, w) {
		good &= w->id == ++n;
	}
	STRUCT_SECTION_COUNT(wide, &count);
	check(n == 2 && count == 2 && good, "zephyr: 40-byte elements (%d)", count);

	n = 0;
	STRUCT_SECTION_FOREACH(unused_thing, u)
		n += u->x + 1;
	STRUCT_SECTION_COUNT(unused_thing, &count);
	check(n == 0 && count == 0, "zephyr: an empty section: no element, count 0");
	(void)zz_var;
}
