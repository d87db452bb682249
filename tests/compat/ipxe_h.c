/* SPDX-License-Identifier: MIT */
/* tests/compat/ipxe_h.c - entries of the table of ipxe_g.c from a second
 * file, one of them placed by __table_section(). */
#include "ipxe_marks.h"

struct mark mark_h3 __mark(03) = { 3, 32 };
struct mark mark_h1 __mark(01) = { 1, 12 };
struct mark mark_h7 __mark(07) = { 7, 71 };
struct mark mark_h2 __attribute__((__used__, __section__(__table_section(MARKS, 02)),
				   __aligned__(__table_alignment(MARKS)))) = { 2, 21 };
