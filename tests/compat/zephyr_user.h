/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_user.h - iterable sections as Zephyr code declares
 * them: sensors defined in several files through a DEFINE macro, counters
 * in RAM that code updates by name and through the section, a section of
 * plain ints.
 */
#ifndef LINKTABLE_TESTS_COMPAT_ZEPHYR_USER_H
#define LINKTABLE_TESTS_COMPAT_ZEPHYR_USER_H
#include <linktable/compat/zephyr.h>

struct sensor_info {
	const char *label;
	int reading;
};
#define SENSOR_DEFINE(name, r) STRUCT_SECTION_ITERABLE(sensor_info, name) = { .label = #name, .reading = r }

struct stat_counter {
	const char *label;
	unsigned int hits;
};
#define STAT_COUNTER_DEFINE(name) STRUCT_SECTION_ITERABLE(stat_counter, name) = { .label = #name }

extern struct stat_counter rx_packets;
#endif
