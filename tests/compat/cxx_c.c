/* SPDX-License-Identifier: MIT */
/* tests/compat/cxx_c.c - the C side of the mixed C/C++ tables (cxx.cc checks them). */
#include "cxx.h"

LINKTABLE_IPXE_DEFINE(XITEMS);
ITERABLE_SECTION_RAM(xdata, 4);
LINKTABLE_UBOOT_LIST_DEFINE(struct xitem, xlist);
LINKTABLE_FREEBSD_SET_DEFINE(xset, struct xitem);

struct xitem x_c07 __table_entry(XITEMS, 07) = { 7, 1 };
struct xitem x_c01 __table_entry(XITEMS, 01) = { 1, 2 };
STRUCT_SECTION_ITERABLE(xdata, x_c) = { 3 };
STRUCT_SECTION_ITERABLE(xdata, x_a) = { 1 };
ll_entry_declare(struct xitem, from_c, xlist) = { 0, 3 };
static struct xitem x_set_c = { 0, 4 };
DATA_SET(xset, x_set_c);
