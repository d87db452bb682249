/* SPDX-License-Identifier: MIT */
/* tests/compat/samename/a.c - a driver file whose static initcall and exit
 * function have the names b.c gives its own (tests/compat/samename.sh). */
#include <linktable/compat/linux.h>

int hits_a;

static int __init setup(void)
{
	hits_a += 1;
	return 0;
}
core_initcall(setup);

static void __exit teardown(void)
{
	hits_a += 10;
}
module_exit(teardown);

static int __init con_probe(void)
{
	hits_a += 100;
	return 0;
}
console_initcall(con_probe);
