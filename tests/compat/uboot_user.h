/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/uboot_user.h - linker lists as U-Boot code wraps them: a
 * driver list declared through a U_BOOT_DRIVER-style macro and fetched by
 * name (DM_DRIVER_GET-style), a device list whose entries point at drivers
 * from static initializers (ll_entry_ref after ll_entry_decl).
 */
#ifndef LINKTABLE_TESTS_COMPAT_UBOOT_USER_H
#define LINKTABLE_TESTS_COMPAT_UBOOT_USER_H
#include <linktable/compat/uboot.h>

struct udriver {
	const char *name;
	int id;
	int (*probe)(int);
};
#define U_DRIVER(__name) ll_entry_declare(struct udriver, __name, udriver)
#define U_DRIVER_GET(__name) ll_entry_get(struct udriver, __name, udriver)
#define U_DRIVER_DECL(__name) ll_entry_decl(struct udriver, __name, udriver)
#define U_DRIVER_REF(__name) ll_entry_ref(struct udriver, __name, udriver)

struct udevice_info {
	const char *name;
	struct udriver *drv;
};
#define U_DEVICE(__name) ll_entry_declare(struct udevice_info, __name, udevice_info)

U_DRIVER_DECL(serial_ns16550);
U_DRIVER_DECL(gpio_generic);
#endif
