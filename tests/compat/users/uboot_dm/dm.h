/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/uboot_dm/dm.h - a driver model declared the way
 * U-Boot's dm/device.h, dm/uclass.h and dm/platdata.h wrap the linker
 * lists: U_BOOT_DRIVER(), UCLASS_DRIVER(), DM_DRIVER_GET() (ll_entry_get()),
 * DM_DRIVER_REF() (ll_entry_ref() in static initializers), and
 * U_BOOT_DRVINFO() devices bound to drivers by name.
 */
#ifndef UD_DM_H
#define UD_DM_H
#include <stddef.h>
#include <linktable/compat/uboot.h>

enum uclass_id {
	UCLASS_ROOT = 0,
	UCLASS_SERIAL,
	UCLASS_GPIO,
	UCLASS_I2C,
	UCLASS_SPI,
	UCLASS_COUNT,
};

struct udevice;
struct udevice_id {
	const char *compatible;
	unsigned long data;
};
struct driver {
	char *name;
	enum uclass_id id;
	const struct udevice_id *of_match;
	int (*bind)(struct udevice *dev);
	int (*probe)(struct udevice *dev);
	const void *ops;
	int priv_auto;
	unsigned int flags;
};
#define U_BOOT_DRIVER(__name) ll_entry_declare(struct driver, __name, driver)
#define DM_DRIVER_GET(__name) ll_entry_get(struct driver, __name, driver)
#define DM_DRIVER_REF(_name) ll_entry_ref(struct driver, _name, driver)

struct uclass_driver {
	const char *name;
	enum uclass_id id;
	int (*post_bind)(struct udevice *dev);
};
#define UCLASS_DRIVER(__name) ll_entry_declare(struct uclass_driver, __name, uclass_driver)
#define DM_UCLASS_DRIVER_REF(__name) ll_entry_ref(struct uclass_driver, __name, uclass_driver)

struct driver_info {
	const char *name;
	const void *plat;
};
#define U_BOOT_DRVINFO(__name) ll_entry_declare(struct driver_info, __name, driver_info)

struct udevice {
	const struct driver *driver;
	const struct driver_info *info;
	const char *name;
	unsigned long driver_data;
	int seq;
	int probed;
};

struct driver *lists_driver_lookup_name(const char *name);
struct uclass_driver *lists_uclass_lookup(enum uclass_id id);
int lists_bind_compatible(const char *compat, struct udevice *dev);
int dm_scan_plat(struct udevice *devs, int max);
int device_probe(struct udevice *dev);

extern int bind_count, post_bind_count;
void ok(int cond, const char *what);
#endif
