/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr.h - the iterable sections of the test, as Zephyr code declares them. */
#ifndef LINKTABLE_TESTS_COMPAT_ZEPHYR_H
#define LINKTABLE_TESTS_COMPAT_ZEPHYR_H
#include <linktable/compat/zephyr.h>

struct my_data {
	int a, b;
};
#define DEFINE_DATA(name, _a, _b) STRUCT_SECTION_ITERABLE(my_data, name) = { .a = _a, .b = _b }

/* An element type of 40 bytes (gcc over-aligns such objects). */
struct wide {
	char name[32];
	long id;
};
/* A section nobody adds to. */
struct unused_thing {
	int x;
};
#endif
