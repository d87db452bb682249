/* SPDX-License-Identifier: MIT */
/* tests/compat/samename/m.c - runs a.c's and b.c's console initcalls,
 * initcalls and exit functions: each must run once (exit status 0). */
#include <stdio.h>
#include <linktable/compat/linux.h>

LINKTABLE_LINUX_DEFINE();
extern int hits_a, hits_b;

int main(void)
{
	linktable_linux_console_init();
	linktable_linux_do_initcalls();
	linktable_linux_run_exitcalls();
	printf("a %d b %d\n", hits_a, hits_b);
	return !(hits_a == 111 && hits_b == 11100);
}
