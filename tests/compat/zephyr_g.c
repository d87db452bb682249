/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_g.c - Zephyr sections whose type is spelled with a
 * "*": pointers to function written out (TYPE_SECTION_ITERABLE(int
 * (*)(int), ...)), "const char *" elements, static, const and both; walked,
 * counted, indexed and bounded.
 */
#include <string.h>
#include "compat.h"
#include <linktable/compat/zephyr.h>

LINKTABLE_ZEPHYR_DEFINE(int (*)(int), zsteps);
LINKTABLE_ZEPHYR_DEFINE(const char *, zwords);
TYPE_SECTION_START_EXTERN(const char *, zwords);
TYPE_SECTION_END_EXTERN(const char *, zwords);

static int zstep_inc(int x)
{
	return x + 1;
}
static int zstep_sq(int x)
{
	return x * x;
}
TYPE_SECTION_ITERABLE(int (*)(int), zstep_2, zsteps, b_square) = zstep_sq;
static TYPE_SECTION_ITERABLE(int (*)(int), zstep_1, zsteps, a_inc) = zstep_inc;

TYPE_SECTION_ITERABLE(const char *, zword_b, zwords, b) = "linker";
static TYPE_SECTION_ITERABLE(const char *, zword_c, zwords, c) = "tables";
TYPE_SECTION_ITERABLE(const char *, zword_a, zwords, a) = "no";

void test_zephyr_ptr(void)
{
	const char **w, *joined[3];
	int v = 2, n = 0;
	size_t count = 0;

	TYPE_SECTION_FOREACH(int (*)(int), zsteps, f)
		v = (*f)(v);
	check(v == 9 && zstep_1 == zstep_inc, "zephyr: a section of int (*)(int) spelled out, by name (inc then square)");
	TYPE_SECTION_FOREACH(const char *, zwords, s)
		joined[n++ % 3] = *s;
	TYPE_SECTION_COUNT(const char *, zwords, &count);
	TYPE_SECTION_GET(const char *, zwords, 1, &w);
	check(n == 3 && count == 3 && strcmp(joined[0], "no") == 0 && strcmp(joined[2], "tables") == 0 && w == &zword_b,
	      "zephyr: const char * elements (static or not) by name, COUNT and GET");
	check(TYPE_SECTION_END(zwords) - TYPE_SECTION_START(zwords) == 3 && strcmp(zword_c, "tables") == 0,
	      "zephyr: START..END of const char * holds the 3");
}
