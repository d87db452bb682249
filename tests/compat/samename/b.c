/* SPDX-License-Identifier: MIT */
/* tests/compat/samename/b.c - the other driver file: the same static
 * names, another level. */
#include <linktable/compat/linux.h>

int hits_b;

static int __init setup(void)
{
	hits_b += 100;
	return 0;
}
device_initcall(setup);

static void __exit teardown(void)
{
	hits_b += 1000;
}
module_exit(teardown);

static int __init con_probe(void)
{
	hits_b += 10000;
	return 0;
}
console_initcall(con_probe);
