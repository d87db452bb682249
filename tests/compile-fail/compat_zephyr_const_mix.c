/* expect: section type conflict */
/* SPDX-License-Identifier: MIT */
/* A const and a writable element of one Zephyr section in one file: the
 * prefix applies to the element, so the two need sections of different
 * kinds (docs/adopting.md), and the compiler says so rather than linking
 * a table in two pieces. */
#include <linktable/compat/zephyr.h>

struct thing {
	const char *name;
};
ITERABLE_SECTION_RAM(thing, 4);
const STRUCT_SECTION_ITERABLE(thing, ro_thing) = { "ro" };
STRUCT_SECTION_ITERABLE(thing, rw_thing) = { "rw" };
