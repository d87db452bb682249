/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr_scope/filescope.c - the same element at file scope
 * (static, so that only its function names it): compiles and is walked. */
#include <linktable/compat/zephyr.h>

struct counter {
	int n;
};
/* (zephyr_scope.sh also links it without the section's definition) */
#ifndef ZEPHYR_SCOPE_NO_DEFINITION
ITERABLE_SECTION_RAM(counter, 4);
#endif

static STRUCT_SECTION_ITERABLE(counter, calls) = { 0 };

int bump(void);
int bump(void)
{
	return ++calls.n;
}

int main(void)
{
	int sum = 0;

	bump();
	STRUCT_SECTION_FOREACH(counter, c)
		sum += c->n;
	return sum == 1 ? 0 : 1;
}
