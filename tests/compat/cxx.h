/* SPDX-License-Identifier: MIT */
/* tests/compat/cxx.h - tables that a C file (cxx_c.c) and a C++ file (cxx.cc) share. */
#ifndef LINKTABLE_TESTS_COMPAT_CXX_H
#define LINKTABLE_TESTS_COMPAT_CXX_H
#include <linktable/compat/ipxe.h>
#include <linktable/compat/zephyr.h>
#include <linktable/compat/uboot.h>
#include <linktable/compat/freebsd.h>

struct xitem {
	int order;
	int id;
};
#define XITEMS __table(struct xitem, "xitems")
LINKTABLE_IPXE_DECLARE(XITEMS);

struct xdata {
	int a;
};
SET_DECLARE(xset, struct xitem);
#endif
