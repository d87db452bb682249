/* expect: LTX_ONLY_SECTION_sparc_text */
/* SPDX-License-Identifier: MIT */
/* A subarch without freeable ranges: its code would never be released. */
#include <linktable/free.h>

LINKTABLE_ONLY_TEXT(sparc) int sparc_setup(void)
{
	return 0;
}
