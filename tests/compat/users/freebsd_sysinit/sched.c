/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sysinit/sched.c - later subsystems and the
 * other half of the pairs vm.c shares: (SI_SUB_KMEM, SI_ORDER_MIDDLE)
 * again, orders written as SI_ORDER_MIDDLE + 1 and SI_ORDER_ANY - 1,
 * a C_SYSINIT with a const argument, a subsystem between two named ones.
 */
#include <stddef.h>
#include "boot.h"

BOOT_STEP(kmem_c, SI_SUB_KMEM, SI_ORDER_MIDDLE);
BOOT_STEP(kmem_d, SI_SUB_KMEM, SI_ORDER_MIDDLE + 1);
BOOT_STEP(sched_idle, SI_SUB_SCHED_IDLE, SI_ORDER_ANY - 1);
BOOT_STEP(sched_run, SI_SUB_RUN_SCHEDULER, SI_ORDER_ANY);
BOOT_STEP(between, SI_SUB_INTR + 0x100, SI_ORDER_FIRST);
BOOT_STEP(intr, SI_SUB_INTR, SI_ORDER_FIRST);

static const struct step tunable_step = { "tunables", SI_SUB_TUNABLES, SI_ORDER_MIDDLE };
C_SYSINIT(tunables, SI_SUB_TUNABLES, SI_ORDER_MIDDLE, ran_const, &tunable_step);

HALT_STEP(sched_run, SI_SUB_RUN_SCHEDULER, SI_ORDER_ANY);
HALT_STEP(kmem_c, SI_SUB_KMEM, SI_ORDER_MIDDLE);
HALT_STEP(intr, SI_SUB_INTR, SI_ORDER_FIRST);
