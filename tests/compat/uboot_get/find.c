/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_get/find.c - LINKTABLE_UBOOT_FIND() and the walk by
 * name need the list's LINKTABLE_UBOOT_LIST_DEFINE(): with it (built with
 * -DUBOOT_GET_LIST_DEFINE) the program runs; without it the link must fail
 * and the undefined symbol name the rule (tests/compat/uboot_get.sh). */
#include <string.h>
#include <linktable/compat/uboot.h>
#include "drv.h"

#ifdef UBOOT_GET_LIST_DEFINE
LINKTABLE_UBOOT_LIST_DEFINE(struct driver, driver);
#endif

int main(void)
{
	struct driver *drv = LINKTABLE_UBOOT_FIND(struct driver, driver, "serial_ns16550");
	int n = 0;

	LINKTABLE_UBOOT_FOREACH_BY_NAME(struct driver, driver, d)
		n += d == drv;
	return drv && strcmp(drv->name, "ns16550_serial") == 0 && n == 1 ? 0 : 1;
}
