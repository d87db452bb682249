/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_get/main.c - ll_entry_get() of an entry of another
 * file (entry.c): linked with entry.c it runs; without it, the link must
 * fail on the entry's symbol, as U-Boot's does (tests/compat/uboot_get.sh). */
#include <linktable/compat/uboot.h>
#include "drv.h"

int main(void)
{
	struct driver *drv = ll_entry_get(struct driver, serial_ns16550, driver);

	return drv->name[0] == 'n' && ll_entry_count(struct driver, driver) == 1 ? 0 : 1;
}
