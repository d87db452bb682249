/* expect: undeclared( identifier)? .?linktable_only_ranges_MYBOARD|linktable_only_ranges_MYBOARD. undeclared */
/* SPDX-License-Identifier: MIT */
/* A program-defined subarch without LINKTABLE_ONLY_RANGES_DECLARE(): its
 * ranges would be defined nowhere and never released. */
#include <linktable/free.h>

#define LINKTABLE_SUBARCH_MYBOARD 7

LINKTABLE_ONLY_DATA(MYBOARD) int myboard_table[16];
