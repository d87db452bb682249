/* expect: initiali[sz]ed and declared .extern.|.extern. variable has an initializer */
/* SPDX-License-Identifier: MIT */
/* U-Boot declares an entry of another file with "extern U_BOOT_DRIVER(x);"
 * (before DM_DRIVER_REF(x)).  Here ll_entry_declare() is one declaration
 * that also defines the entry's name record and bounds, so "extern" in
 * front would make them initialised extern declarations, defined again in
 * every file that writes it (the name walk would see the entry twice).
 * It must not compile; the port writes ll_entry_decl(struct driver, x,
 * driver) instead (docs/adopting.md). */
#include <linktable/compat/uboot.h>

struct driver {
	const char *name;
};
extern ll_entry_declare(struct driver, serial, driver);
