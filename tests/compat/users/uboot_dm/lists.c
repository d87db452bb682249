/* SPDX-License-Identifier: MIT */
/* tests/compat/users/uboot_dm/lists.c - lookups as U-Boot's dm/lists.c
 * does them: scans of ll_entry_start() up to ll_entry_count(). */
#include <string.h>
#include "dm.h"

LINKTABLE_UBOOT_LIST_DEFINE(struct driver_info, driver_info);

int bind_count, post_bind_count;

struct driver *lists_driver_lookup_name(const char *name)
{
	struct driver *drv = ll_entry_start(struct driver, driver);
	const int n_ents = ll_entry_count(struct driver, driver);
	struct driver *entry;

	for (entry = drv; entry != drv + n_ents; entry++) {
		if (!strcmp(name, entry->name))
			return entry;
	}
	return NULL;
}

struct uclass_driver *lists_uclass_lookup(enum uclass_id id)
{
	struct uclass_driver *uclass = ll_entry_start(struct uclass_driver, uclass_driver);
	const int n_ents = ll_entry_count(struct uclass_driver, uclass_driver);
	struct uclass_driver *entry;

	for (entry = uclass; entry != uclass + n_ents; entry++) {
		if (entry->id == id)
			return entry;
	}
	return NULL;
}

static int bind(const struct driver *drv, const struct driver_info *info, const char *name, struct udevice *dev, int seq)
{
	struct uclass_driver *uc = lists_uclass_lookup(drv->id);

	if (!uc)
		return -1;
	dev->driver = drv;
	dev->info = info;
	dev->name = name;
	dev->seq = seq;
	dev->probed = 0;
	if (drv->bind && drv->bind(dev))
		return -1;
	if (uc->post_bind && uc->post_bind(dev))
		return -1;
	return 0;
}

int lists_bind_compatible(const char *compat, struct udevice *dev)
{
	struct driver *driver = ll_entry_start(struct driver, driver);
	const int n_ents = ll_entry_count(struct driver, driver);
	struct driver *entry;
	const struct udevice_id *id;

	for (entry = driver; entry != driver + n_ents; entry++) {
		for (id = entry->of_match; id && id->compatible; id++) {
			if (!strcmp(id->compatible, compat)) {
				dev->driver_data = id->data;
				return bind(entry, NULL, entry->name, dev, 0);
			}
		}
	}
	return -2;
}

int dm_scan_plat(struct udevice *devs, int max)
{
	struct driver_info *info = ll_entry_start(struct driver_info, driver_info);
	const int n_ents = ll_entry_count(struct driver_info, driver_info);
	int i, n = 0;

	for (i = 0; i < n_ents && n < max; i++) {
		struct driver *drv = lists_driver_lookup_name(info[i].name);

		if (drv && !bind(drv, &info[i], info[i].name, &devs[n], n))
			n++;
	}
	return n;
}

int device_probe(struct udevice *dev)
{
	if (dev->probed)
		return 0;
	if (dev->driver->probe)
		return dev->driver->probe(dev);
	dev->probed = 1;
	return 0;
}
