/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sysinit/vm.c - early subsystems: the VM and
 * its allocator, with SI_ORDER_FIRST, _SECOND and _ANY, one pair shared
 * with sched.c, and SYSINIT and SYSUNINIT under one uniquifier that is
 * also the name of the function, as FreeBSD files often write it.
 */
#include <stddef.h>
#include "boot.h"

BOOT_STEP(vm_mem, SI_SUB_VM, SI_ORDER_FIRST);
BOOT_STEP(vm_pager, SI_SUB_VM, SI_ORDER_SECOND);
BOOT_STEP(vm_last, SI_SUB_VM, SI_ORDER_ANY);
BOOT_STEP(kmem_a, SI_SUB_KMEM, SI_ORDER_MIDDLE);
BOOT_STEP(kmem_b, SI_SUB_KMEM, SI_ORDER_MIDDLE);

int vm_ready;

static void vm_ready_init(void *dummy)
{
	(void)dummy;
	vm_ready = 1;
}
SYSINIT(vm_ready_init, SI_SUB_VM_CONF, SI_ORDER_FIRST, vm_ready_init, NULL);

static void vm_ready_uninit(void *dummy)
{
	(void)dummy;
	vm_ready = 0;
}
SYSUNINIT(vm_ready_init, SI_SUB_VM_CONF, SI_ORDER_FIRST, vm_ready_uninit, NULL);

HALT_STEP(vm_mem, SI_SUB_VM, SI_ORDER_FIRST);
HALT_STEP(kmem_a, SI_SUB_KMEM, SI_ORDER_MIDDLE);
