/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_c.c - Zephyr-style code (tests/compat/zephyr_user.h):
 * sensors from two files visited by name (strcmp order: "t10" before "t9",
 * "t_" after "t9"), GET(i) in the same order as FOREACH, COUNT, a _NAMED
 * element sorted by its name, START..END through Zephyr's own symbol
 * names, counters updated by name and through FOREACH (one object), a
 * TYPE_SECTION of ints, break out of FOREACH.
 */
#include <string.h>
#include "compat.h"
#include "zephyr_user.h"

ITERABLE_SECTION_ROM(sensor_info, 4);
ITERABLE_SECTION_RAM(stat_counter, 4);
LINKTABLE_ZEPHYR_DEFINE(int, magic_numbers);

SENSOR_DEFINE(t9, 9);
SENSOR_DEFINE(t10, 10);
STRUCT_SECTION_ITERABLE_NAMED(sensor_info, a_first, zz_named_sensor) = { .label = "a_first", .reading = -1 };
STAT_COUNTER_DEFINE(rx_packets);
STAT_COUNTER_DEFINE(tx_packets);
TYPE_SECTION_ITERABLE(int, magic_b, magic_numbers, b) = 2;

STRUCT_SECTION_START_EXTERN(sensor_info);
STRUCT_SECTION_END_EXTERN(sensor_info);

void test_zephyr_user(void)
{
	static const char *const order[] = { "a_first", "t0", "t10", "t9", "t_x" };
	struct sensor_info *s;
	int n = 0, good = 1, count = 0, i, sum = 0;
	size_t ints = 0;

	STRUCT_SECTION_FOREACH(sensor_info, info) {
		good &= n < 5 && strcmp(info->label, order[n]) == 0;
		n++;
	}
	check(n == 5 && good, "zephyr user: sensors from two files in name order (a_first t0 t10 t9 t_x)");
	STRUCT_SECTION_COUNT(sensor_info, &count);
	good = 1;
	for (i = 0; i < count; i++) {
		STRUCT_SECTION_GET(sensor_info, i, &s);
		good &= strcmp(s->label, order[i]) == 0;
	}
	check(count == 5 && good, "zephyr user: STRUCT_SECTION_GET(i) follows FOREACH's order, COUNT = %d", count);
	STRUCT_SECTION_GET(sensor_info, 0, &s);
	check(s == &zz_named_sensor, "zephyr user: GET gives the element itself (the _NAMED one, by its variable)");
	n = 0;
	for (s = _sensor_info_list_start; s < _sensor_info_list_end; s++)
		sum += s->reading, n++;
	check(n == 5 && sum == -1 + 0 + 10 + 9 + 7 && STRUCT_SECTION_END(sensor_info) - STRUCT_SECTION_START(sensor_info) == 5,
	      "zephyr user: START..END (Zephyr's _sensor_info_list_start) holds every element once");

	rx_packets.hits += 3;
	STRUCT_SECTION_FOREACH(stat_counter, c)
		c->hits++;
	STRUCT_SECTION_FOREACH(stat_counter, c) {
		if (strcmp(c->label, "rx_packets") == 0) {
			good = c == &rx_packets && c->hits == 4;
			break;
		}
	}
	check(good && rx_packets.hits == 4, "zephyr user: a RAM counter written by name and through FOREACH is one object");
	n = 0;
	TYPE_SECTION_FOREACH(int, magic_numbers, m)
		n = n * 10 + *m;
	TYPE_SECTION_COUNT(int, magic_numbers, &ints);
	check(n == 123 && ints == 3, "zephyr user: a TYPE_SECTION of ints sorted by postfix (a b c): %d", n);
}
