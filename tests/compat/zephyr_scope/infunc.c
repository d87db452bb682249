/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr_scope/infunc.c - a Zephyr element defined as a
 * static inside a function: does not compile, and the error says why. */
#include <linktable/compat/zephyr.h>

struct counter {
	int n;
};
ITERABLE_SECTION_RAM(counter, 4);

int bump(void);
int bump(void)
{
	static STRUCT_SECTION_ITERABLE(counter, calls) = { 0 };

	return ++calls.n;
}

int main(void)
{
	return bump() == 1 ? 0 : 1;
}
