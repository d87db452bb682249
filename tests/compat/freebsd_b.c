/* SPDX-License-Identifier: MIT */
/* tests/compat/freebsd_b.c - set items and SYSINITs from a second file. */
#include "freebsd.h"

static struct fdrv drv_b1 = { "b1", 3 };
static struct fdrv drv_b2 = { "b2", 4 };
DATA_SET(fdrivers, drv_b1);
DATA_SET(fdrivers, drv_b2);

static void note_b(void *arg)
{
	freebsd_note(arg);
}
SYSINIT(b_vm_second, SI_SUB_VM, SI_ORDER_SECOND, note_b, "vm.2");
SYSINIT(b_drivers_first, SI_SUB_DRIVERS, SI_ORDER_FIRST, note_b, "drivers.0");
SYSINIT(b_tie, SI_SUB_KLD, SI_ORDER_MIDDLE, note_b, "kld.mid");
SYSUNINIT(b_un_vm, SI_SUB_VM, SI_ORDER_FIRST, note_b, "un.vm");
