/* SPDX-License-Identifier: MIT */
/* tests/compat/ipxe.h - the iPXE-style tables of the test, as iPXE declares them. */
#ifndef LINKTABLE_TESTS_COMPAT_IPXE_H
#define LINKTABLE_TESTS_COMPAT_IPXE_H
#include <linktable/compat/ipxe.h>

/* The control (tests/compat/control.sh): without the declaration that
 * names a table's sections in order, the linkers that place sections in
 * the order they first meet them lay the table out of order. */
#ifdef COMPAT_CONTROL_NO_ORDER
#undef LINKTABLE_IPXE_DECLARE
#define LINKTABLE_IPXE_DECLARE(table) extern int linktable_compat_control_unused
#endif

struct frob {
	int order; /* the entry's order, checked against its position */
	int id;    /* unique, 1..FROB_COUNT */
	const char *name;
};
#define FROBS __table(struct frob, "frobs")
LINKTABLE_IPXE_DECLARE(FROBS);
#define __frob(order) __table_entry(FROBS, order)
#define FROB_COUNT 9

/* 3 bytes, alignment 1: entries must touch. */
struct tiny {
	char a, b, c;
};
#define TINIES __table(struct tiny, "tinies")
LINKTABLE_IPXE_DECLARE(TINIES);

/* A table nobody adds to. */
#define NOTHINGS __table(struct frob, "nothings")
LINKTABLE_IPXE_DECLARE(NOTHINGS);

/* An order spelled by a macro, as iPXE's INIT_* are. */
#define FROB_NORMAL 05
#endif
