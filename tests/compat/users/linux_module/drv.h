/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/linux_module/drv.h - what the files of this program
 * share: the parameters that main.c checks (a driver's own are static;
 * these are the exported kind, declared in a header as the kernel's
 * core parameters are), and the drivers' boot log.
 */
#ifndef LINUX_MODULE_DRV_H
#define LINUX_MODULE_DRV_H
#include <stdbool.h>
#include <linktable/compat/linux.h>

/* toynet.c: one parameter of each scalar type, prefix "toynet." */
extern bool toynet_debug, toynet_nomsi;
extern int toynet_bint;
extern unsigned char toynet_byte;
extern short toynet_short;
extern unsigned short toynet_ushort;
extern int toynet_int;
extern unsigned int toynet_uint, toynet_hexint;
extern long toynet_long;
extern unsigned long toynet_ulong;
extern unsigned long long toynet_ullong;
extern char *toynet_name;
extern int toynet_rx_ring;
extern int toynet_inited, toynet_exited;

/* toy_blk.c: arrays and a string, prefix "toy_blk." */
extern int toyblk_sizes[4];
extern unsigned int toyblk_nsizes;
extern char *toyblk_disks[3];
extern unsigned int toyblk_ndisks;
extern bool toyblk_ro[3];
extern unsigned short toyblk_ports[2];
extern unsigned long long toyblk_big[2];
extern char toyblk_label[8];
extern const char *toyblk_legacy;
extern int toyblk_setup_calls;

/* toy_tune.c: parameters with operations of their own, "toy_tune." */
extern unsigned int toytune_depth, toytune_queues, toytune_mask;
extern bool toytune_verbose, toytune_once, toytune_quiet;
extern long toytune_offset;
extern char *toytune_fw;
extern int toytune_mode, toytune_revision, toytune_core;

/* toy_lib.c: exported symbols */
int toylib_add(int a, int b);
int toylib_secret(void);
extern int toylib_counter;
struct toy_driver {
	int (*online)(int node);
	void (*remove)(void);
};
extern const struct toy_driver toylib_driver;
struct toy_bus_driver {
	const char *name;
	int registered;
};
extern struct toy_bus_driver toylib_bus_driver, toylib_prio_driver, toylib_early_driver;
extern int toylib_fs_sync_ran;

/* core.c: no KBUILD_MODNAME */
extern int panic_toy, plain_level, rcutoy_delay;
extern int toy_feature_a, toy_feature_b;

/* security.c: security modules */
extern char lsm_log[128];
extern int toyarmor_enabled, toysel_enabled, toyoff_enabled;
#endif
