/* expect: undeclared( identifier)? .?linktable_only_ranges_SPARC|linktable_only_ranges_SPARC. undeclared */
/* SPDX-License-Identifier: MIT */
/* A subarch without freeable ranges: its code would never be released. */
#include <linktable/free.h>

LINKTABLE_ONLY_TEXT(SPARC) int sparc_setup(void)
{
	return 0;
}
