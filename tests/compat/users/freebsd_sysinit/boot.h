/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sysinit/boot.h - what the SYSINIT functions
 * of this program record: each is handed (as its ident) a const
 * description of itself, and notes it when it runs, so that the kernel
 * file can check the order.  Also a driver-registration wrapper built on
 * SYSINIT, as FreeBSD's DRIVER_MODULE() and friends are.
 */
#ifndef FREEBSD_SYSINIT_BOOT_H
#define FREEBSD_SYSINIT_BOOT_H
#include <linktable/compat/freebsd.h>

struct step {
	const char *name;
	unsigned int sub;
	unsigned int order;
};

void ran(void *arg);
void ran_const(const void *arg);
void stopped(void *arg);

/* A step that runs at (sub, order) and says so, in one line. */
#define BOOT_STEP(uniq, sub, order) \
	static const struct step uniq##_step = { #uniq, (sub), (order) }; \
	SYSINIT(uniq, sub, order, ran, &uniq##_step)

/* A teardown step, SYSUNINIT's counterpart. */
#define HALT_STEP(uniq, sub, order) \
	static const struct step uniq##_halt = { #uniq, (sub), (order) }; \
	SYSUNINIT(uniq, sub, order, stopped, &uniq##_halt)

struct driver {
	const char *name;
	int unit_count;
};
void driver_register(void *arg);
#define DRIVER_LITE(name, order) \
	SYSINIT(name##_drv, SI_SUB_DRIVERS, order, driver_register, &name##_driver)

extern int drivers_registered;
extern char driver_names[128];
#endif
