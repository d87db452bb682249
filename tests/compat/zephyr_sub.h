/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/zephyr_sub.h - iterable sections as Zephyr subsystems
 * write them, with what they put before STRUCT_SECTION_ITERABLE(): shell
 * root commands ("static const", looked up by GET over 0..COUNT-1),
 * device-like objects ("const", _NAMED_ALTERNATE sorted by an init level
 * and priority prefix), kernel objects in RAM ("static", and
 * __aligned(__alignof(type)) as Zephyr's Z_DECL_ALIGN writes it) that
 * code updates at run time, an _ARRAY, a TYPE_SECTION of function
 * pointers.
 */
#ifndef LINKTABLE_TESTS_COMPAT_ZEPHYR_SUB_H
#define LINKTABLE_TESTS_COMPAT_ZEPHYR_SUB_H
#include <stddef.h>
#include <linktable/compat/zephyr.h>

#ifndef __aligned
#define __aligned(x) __attribute__((__aligned__(x)))
#endif

struct zshell_cmd {
	const char *syntax;
	const char *help;
	int (*handler)(int argc);
};
#define ZSHELL_CMD_REGISTER(_syntax, _help, _handler) \
	static const STRUCT_SECTION_ITERABLE(zshell_cmd, zshell_cmd_##_syntax) = { \
		.syntax = #_syntax, .help = _help, .handler = _handler \
	}

struct zdevice {
	const char *name;
	int (*init)(const struct zdevice *dev);
	void *data;
};
/* sorted as Zephyr sorts devices: by init level (L1 PRE_KERNEL_1, L2
 * PRE_KERNEL_2, L3 POST_KERNEL), then priority (2 digits) */
#define ZDEVICE_DEFINE(_name, _level, _prio, _init, _data) \
	const STRUCT_SECTION_ITERABLE_NAMED_ALTERNATE(zdevice, zdevice, _level##_P_##_prio##_##_name, \
						      zdev_##_name) = { .name = #_name, .init = _init, .data = _data }

struct zmutex {
	int locked;
	const char *owner;
};
#define ZMUTEX_DEFINE(_name) static STRUCT_SECTION_ITERABLE(zmutex, _name) = { 0, NULL }

struct zstat {
	unsigned long long hits;
};
#define ZSTAT_DEFINE(_name) __aligned(__alignof(struct zstat)) STRUCT_SECTION_ITERABLE(zstat, _name) = { 0 }

/* An element type of 32 bytes, written with __aligned(32) before it: its
 * name records are padded apart. */
struct zbuf {
	long words[32 / sizeof(long)];
};
#define ZBUF_DEFINE(_name, w0) static __aligned(32) STRUCT_SECTION_ITERABLE(zbuf, _name) = { { w0 } }

typedef int (*zhook_fn)(int);

extern struct zstat zstat_rx;
int zephyr_sub_init_trace(const char *what);
#endif
