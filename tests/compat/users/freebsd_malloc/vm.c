/* SPDX-License-Identifier: MIT */
#include "sys.h"

MALLOC_DECLARE(M_TEMP);
MALLOC_DEFINE(M_VMPGDATA, "vm_pgdata", "xpages");

static void vm_mem_init(void *dummy)
{
	(void)dummy;
	log_step("V");
}
SYSINIT(vm_mem, SI_SUB_VM, SI_ORDER_FIRST, vm_mem_init, NULL);

/* C_SYSINIT: a function of a const argument */
static const char vm_tag[] = "v";
static void vm_tag_init(const void *tag)
{
	log_step(tag);
}
C_SYSINIT(vm_tag, SI_SUB_VM, SI_ORDER_SECOND, vm_tag_init, vm_tag);

KNOB(maxproc, 64);

/* subsystems of current FreeBSD, out of source order */
static void step(void *tag)
{
	log_step(tag);
}
SYSINIT(softintr, SI_SUB_SOFTINTR, SI_ORDER_FIRST, step, "s");
SYSINIT(epoch, SI_SUB_EPOCH, SI_ORDER_FIRST, step, "e");
SYSINIT(taskq, SI_SUB_TASKQ, SI_ORDER_FIRST, step, "q");
SYSINIT(random, SI_SUB_RANDOM, SI_ORDER_FIRST, step, "r");
SYSINIT(counter, SI_SUB_COUNTER, SI_ORDER_FIRST, step, "c");
SYSINIT(ifattach, SI_SUB_PROTO_IFATTACHDOMAIN, SI_ORDER_FIRST, step, "a");
SYSINIT(firewall, SI_SUB_PROTO_FIREWALL, SI_ORDER_FIRST, step, "f");

/* FreeBSD code may name the struct sysinit a SYSINIT defines */
struct sysinit *vm_mem_sysinit(void)
{
	return &vm_mem_sys_init;
}

DB_COMMAND(show_temp)
{
	return (int)M_TEMP[0].ks_inuse + arg;
}
