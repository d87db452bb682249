/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_get/drv.h - the entry type. */
#ifndef UG_DRV_H
#define UG_DRV_H
struct driver {
	const char *name;
	int id;
};
#endif
