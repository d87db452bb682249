/* SPDX-License-Identifier: MIT */
/* tests/compat/ipxe_b.c - entries of the iPXE tables from a second file. */
#include "ipxe.h"

extern struct frob frob_b02;

struct frob frob_b99 __frob(99) = { 99, 1, "b99" };
struct frob frob_b02 __frob(02) = { 2, 2, "b02" };
static struct frob frob_b05 __frob(FROB_NORMAL) = { 5, 3, "b05" };
struct frob frob_b10 __table_entry(FROBS, 10) = { 10, 4, "b10" };
struct frob frob_b00 __frob(00) = { 0, 5, "b00" };
struct tiny tiny_b __table_entry(TINIES, 7) = { 'b', 'b', 'b' };
