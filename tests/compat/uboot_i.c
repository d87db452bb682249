/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_i.c - U-Boot lists whose entry type is spelled with a
 * "*" (ll_entry_declare(const char *, ...), a pointer to function): every
 * declarator of the one declaration has that type; walked, counted and
 * found by name.
 */
#include <string.h>
#include "compat.h"
#include <linktable/compat/uboot.h>

LINKTABLE_UBOOT_LIST_DEFINE(const char *, ustr);
LINKTABLE_UBOOT_LIST_DEFINE(int (*)(int), ufn);
ll_entry_declare(const char *, beta, ustr) = "B";
ll_entry_declare(const char *, alpha, ustr) = "A";
static ll_entry_declare(const char *, gamma, ustr) = "C";

static int twice(int x)
{
	return 2 * x;
}
ll_entry_declare(int (*)(int), dbl, ufn) = twice;

void test_uboot_ptr(void)
{
	const char **s = ll_entry_start(const char *, ustr);
	unsigned int i, n = ll_entry_count(const char *, ustr);
	char seen[4] = "";

	for (i = 0; i < n && i < 3; i++)
		seen[i] = *s[i];
	check(n == 3 && strlen(seen) == 3 && strchr(seen, 'A') && strchr(seen, 'B') && strchr(seen, 'C'),
	      "uboot: a list of const char * (the type spelled with a '*'): 3 entries (%s)", seen);
	i = 0;
	LINKTABLE_UBOOT_FOREACH_BY_NAME(const char *, ustr, p)
		seen[i++ & 3] = **p;
	check(i == 3 && memcmp(seen, "ABC", 3) == 0 && *ll_entry_get(const char *, gamma, ustr)[0] == 'C',
	      "uboot: const char * entries by name, and ll_entry_get()");
	check(ll_entry_count(int (*)(int), ufn) == 1 && (*ll_entry_get(int (*)(int), dbl, ufn))(21) == 42,
	      "uboot: a list of pointers to function spelled out");
}
