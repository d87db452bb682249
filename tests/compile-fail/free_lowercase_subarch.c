/* expect: undeclared( identifier)? .?linktable_only_ranges_xen|linktable_only_ranges_xen. undeclared */
/* SPDX-License-Identifier: MIT */
/* Subarch names are spelled as in the enum (XEN), in every macro: the old
 * lower-case spelling of the annotations no longer compiles. */
#include <linktable/free.h>

LINKTABLE_ONLY_TEXT(xen) int xen_setup(void)
{
	return 0;
}
