/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_devices/device.h - devices and boot hooks in
 * numerically sorted iterable sections, as Zephyr declares its devices
 * (ITERABLE_SECTION_ROM_NUMERIC(device, ...), each device named
 * "<level ordinal>_<priority>" by STRUCT_SECTION_ITERABLE_NAMED), plus
 * elements whose type is spelled with a "*" (TYPE_SECTION_ITERABLE(const
 * char *, ...)).
 */
#ifndef ZD_DEVICE_H
#define ZD_DEVICE_H
#include <linktable/compat/zephyr.h>

#define _DO_CONCAT(x, y) x##y
#define _CONCAT(x, y) _DO_CONCAT(x, y)

struct device {
	const char *name;
	int (*init)(const struct device *dev);
	int level, prio;
};

#define Z_INIT_ORD_PRE_KERNEL_1 1
#define Z_INIT_ORD_PRE_KERNEL_2 2
#define Z_INIT_ORD_POST_KERNEL 3
#define INIT_LEVEL_ORD(level) _CONCAT(Z_INIT_ORD_, level)
#define Z_DEVICE_SECTION_NAME(level, prio) _CONCAT(INIT_LEVEL_ORD(level), _##prio)
#define DEVICE_NAME_GET(dev_id) _CONCAT(__device_, dev_id)
#define DEVICE_DEFINE(dev_id, name_, init_fn, level_, prio_) \
	static const STRUCT_SECTION_ITERABLE_NAMED(device, Z_DEVICE_SECTION_NAME(level_, prio_), \
						   DEVICE_NAME_GET(dev_id)) = { \
		.name = name_, .init = init_fn, .level = INIT_LEVEL_ORD(level_), .prio = prio_ \
	}

/* Boot hooks sorted by a priority after "_": a section of one prefix. */
struct boot_hook {
	int prio;
	void (*fn)(void);
};
#define BOOT_HOOK(fn_, prio_) \
	STRUCT_SECTION_ITERABLE_NAMED(boot_hook, _CONCAT(hook_, prio_), _CONCAT(boot_hook_, fn_)) = { prio_, fn_ }

/* Strings in a section of "const char *" (the type spelled with a "*"). */
#define BANNER(n, text) const TYPE_SECTION_ITERABLE(const char *, _CONCAT(banner_, n), banners, n) = text

extern struct boot_hook boot_hook_hook_mem;
extern const char *const banner_b;

int zd_trace(const char *what);
extern char zd_log[128];
#endif
