/* SPDX-License-Identifier: MIT */
/*
 * linktable/compat/freebsd.h - FreeBSD's linker sets (<sys/linker_set.h>)
 * and SYSINIT/SYSUNINIT (<sys/kernel.h>, SYSINIT(9)) on linktable: no
 * linker script, any of bfd, gold, lld and mold.
 *
 * What FreeBSD documents, and what this header keeps:
 *  - A linker set is an array of pointers that the linker gathers:
 *    DATA_SET(set, sym) (and TEXT_SET, BSS_SET, DATA_WSET, ABS_SET,
 *    SET_ENTRY) adds &sym to it;
 *    SET_DECLARE(set, ptype) declares it as a set of "ptype *"; SET_BEGIN()
 *    and SET_LIMIT() bound it, SET_FOREACH(pvar, set) walks it with a
 *    "ptype **pvar", SET_ITEM(set, i) is its i-th pointer and SET_COUNT()
 *    its length.  A set has no order: its pointers come in link order.
 *  - SYSINIT(uniquifier, subsystem, order, func, ident) puts a struct
 *    sysinit into the startup set; at start-up the set is sorted by
 *    subsystem, then by order, both ascending (two SYSINITs with the same
 *    pair run in an unspecified order) and each func(ident) is called.
 *    SYSUNINIT() does the same for the shutdown set, which runs in the
 *    opposite order.
 *
 * What changes (docs/adopting.md):
 *  - The kernel's start-up loop is linktable_freebsd_sysinit_run() (and
 *    linktable_freebsd_sysuninit_run() at shutdown): sort the set, call
 *    each function; the sort is stable (link order within a pair).
 *  - SI_SUB_* and SI_ORDER_* are here with FreeBSD's values (any other
 *    unsigned value sorts too).
 *  - Modules (KLDs) loaded later, and SYSINITs that add SYSINITs, do not
 *    map: one set per linked image, sorted and run when asked.
 *  - An empty set's SET_BEGIN() is not NULL (it equals SET_LIMIT()).
 *  - ELF only.
 */
#ifndef LINKTABLE_COMPAT_FREEBSD_H
#define LINKTABLE_COMPAT_FREEBSD_H

#include <linktable/compat/common.h>

/* The table of set @set (string). */
#define LTX_F_T(set) "freebsd_" #set

/* Declares set @set of pointers to @ptype.  (Every macro here passes @set
 * and @sym on before pasting them, as FreeBSD's do: a name given by a
 * macro, "DATA_SET(set, __CONCAT(x, __LINE__))", is expanded first.) */
#define SET_DECLARE(set, ptype) LTX_F_SET_DECLARE(set, ptype)
#define LTX_F_SET_DECLARE(set, ptype) \
	extern ptype *linktable_freebsd__begin_##set[] __asm__("__start_linktable_freebsd_" #set "_00_rw") \
		LTX_BOUND_ATTRS; \
	extern ptype *linktable_freebsd__limit_##set[] __asm__("__stop_linktable_freebsd_" #set "_00_rw") LTX_BOUND_ATTRS
/**
 * LINKTABLE_FREEBSD_SET_DEFINE() - define set @set as a linktable table, in
 * one .c file: optional, for the linktable command (list, show, and check,
 * which otherwise reports the set's section as entries of an undefined
 * table).
 * @set:   the set's name.
 * @ptype: the type its pointers point to, as in SET_DECLARE().
 */
#define LINKTABLE_FREEBSD_SET_DEFINE(set, ptype) LINKTABLE_ARRAY_DEFINE(ptype *, LTX_CAT(freebsd_, set))

/**
 * LINKTABLE_FREEBSD_SYSINIT_DEFINE() - LINKTABLE_FREEBSD_SET_DEFINE() of the
 * startup and shutdown sets, in one .c file.
 */
#define LINKTABLE_FREEBSD_SYSINIT_DEFINE() \
	LINKTABLE_FREEBSD_SET_DEFINE(sysinit_set, struct sysinit); \
	LINKTABLE_FREEBSD_SET_DEFINE(sysuninit_set, struct sysinit)

/* Adds &sym to set @set.  The item keeps &sym's own type: a function's
 * address (TEXT_SET) is never converted to a void * (ISO C has no such
 * conversion: -Wpedantic refuses it); every item is one pointer. */
#define DATA_SET(set, sym) LTX_F_DATA_SET(set, sym)
#define LTX_F_DATA_SET(set, sym) \
	static __typeof__(&(sym)) linktable_freebsd__item_##set##_##sym LTX_C_ATTR(__typeof__(&(sym)), LTX_F_T(set)) = \
		&(sym)
#define TEXT_SET(set, sym) DATA_SET(set, sym)
#define BSS_SET(set, sym) DATA_SET(set, sym)
#define DATA_WSET(set, sym) DATA_SET(set, sym)
#define ABS_SET(set, sym) DATA_SET(set, sym)
#define SET_ENTRY(set, sym) DATA_SET(set, sym)

/* The first pointer of set @set, and one past its last (after SET_DECLARE). */
#define SET_BEGIN(set) LTX_F_EDGE(LTX_CAT(linktable_freebsd__begin_, set), LTX_UNIQUE(linktable__fb_))
#define SET_LIMIT(set) LTX_F_EDGE(LTX_CAT(linktable_freebsd__limit_, set), LTX_UNIQUE(linktable__fl_))
#define LTX_F_EDGE(sym, p) \
	(__extension__({ \
		__typeof__(&(sym)[0]) p = (sym); \
		LTX_LAUNDER(p); \
		p ? p : (__typeof__(&(sym)[0]))(void *)linktable__compat_empty; \
	}))
#define SET_FOREACH(pvar, set) for ((pvar) = SET_BEGIN(set); (pvar) < SET_LIMIT(set); (pvar)++)
#define SET_ITEM(set, i) ((SET_BEGIN(set))[i])
#define SET_COUNT(set) (SET_LIMIT(set) - SET_BEGIN(set))

/* ---- SYSINIT ---- */

/* The order within a subsystem (FreeBSD's values). */
enum sysinit_elem_order {
	SI_ORDER_FIRST = 0x0000000,
	SI_ORDER_SECOND = 0x0000001,
	SI_ORDER_THIRD = 0x0000002,
	SI_ORDER_FOURTH = 0x0000003,
	SI_ORDER_FIFTH = 0x0000004,
	SI_ORDER_SIXTH = 0x0000005,
	SI_ORDER_SEVENTH = 0x0000006,
	SI_ORDER_EIGHTH = 0x0000007,
	SI_ORDER_MIDDLE = 0x1000000,
	SI_ORDER_ANY = 0xfffffff
};

/* Subsystems, with FreeBSD's values (SYSINIT(9); the values only order
 * them, ascending): every name of FreeBSD 14's <sys/kernel.h>, with its
 * values (SI_SUB_SOFTINTR after SI_SUB_TASKQ and SI_SUB_EPOCH,
 * SI_SUB_PROTO_IFATTACHDOMAIN after SI_SUB_PROTO_FIREWALL; SI_SUB_SMP where
 * a kernel without EARLY_AP_STARTUP has it), and the names older releases
 * had (SI_SUB_SETTINGS, SI_SUB_ACL, SI_SUB_SWAP, SI_SUB_RUN_SCHEDULER ...)
 * at their old values; a program may use any other unsigned value between. */
enum sysinit_sub_id {
	SI_SUB_DUMMY = 0x0000000,
	SI_SUB_DONE = 0x0000001,
	SI_SUB_TUNABLES = 0x0700000,
	SI_SUB_COPYRIGHT = 0x0800001,
	SI_SUB_SETTINGS = 0x0880000,
	SI_SUB_MTX_POOL_STATIC = 0x0900000,
	SI_SUB_LOCKMGR = 0x0980000,
	SI_SUB_VM = 0x1000000,
	SI_SUB_COUNTER = 0x1100000,
	SI_SUB_KMEM = 0x1800000,
	SI_SUB_KVM_RSRC = 0x1A00000,
	SI_SUB_HYPERVISOR = 0x1A40000,
	SI_SUB_WITNESS = 0x1A80000,
	SI_SUB_MTX_POOL_DYNAMIC = 0x1AC0000,
	SI_SUB_LOCK = 0x1B00000,
	SI_SUB_EVENTHANDLER = 0x1C00000,
	SI_SUB_VNET_PRELINK = 0x1E00000,
	SI_SUB_KLD = 0x2000000,
	SI_SUB_KHELP = 0x2080000,
	SI_SUB_CPU = 0x2100000,
	SI_SUB_RACCT = 0x2110000,
	SI_SUB_KDTRACE = 0x2140000,
	SI_SUB_RANDOM = 0x2160000,
	SI_SUB_MAC = 0x2180000,
	SI_SUB_MAC_POLICY = 0x21C0000,
	SI_SUB_MAC_LATE = 0x21D0000,
	SI_SUB_VNET = 0x21E0000,
	SI_SUB_INTRINSIC = 0x2200000,
	SI_SUB_VM_CONF = 0x2300000,
	SI_SUB_DDB_SERVICES = 0x2380000,
	SI_SUB_RUN_QUEUE = 0x2400000,
	SI_SUB_KTRACE = 0x2480000,
	SI_SUB_OPENSOLARIS = 0x2490000,
	SI_SUB_AUDIT = 0x24C0000,
	SI_SUB_CREATE_INIT = 0x2500000,
	SI_SUB_SCHED_IDLE = 0x2600000,
	SI_SUB_MBUF = 0x2700000,
	SI_SUB_INTR = 0x2800000,
	SI_SUB_TASKQ = 0x2880000,
	SI_SUB_EPOCH = 0x2888000,
	SI_SUB_ACL = 0x2900000,
	SI_SUB_SOFTINTR = 0x2A00000,
	SI_SUB_DEVFS = 0x2F00000,
	SI_SUB_INIT_IF = 0x3000000,
	SI_SUB_NETGRAPH = 0x3010000,
	SI_SUB_DTRACE = 0x3020000,
	SI_SUB_DTRACE_PROVIDER = 0x3048000,
	SI_SUB_DTRACE_ANON = 0x308C000,
	SI_SUB_DRIVERS = 0x3100000,
	SI_SUB_CONFIGURE = 0x3800000,
	SI_SUB_VFS = 0x4000000,
	SI_SUB_CLOCKS = 0x4800000,
	SI_SUB_CLIST = 0x5800000,
	SI_SUB_SYSV_SHM = 0x6400000,
	SI_SUB_SYSV_SEM = 0x6800000,
	SI_SUB_SYSV_MSG = 0x6C00000,
	SI_SUB_P1003_1B = 0x6E00000,
	SI_SUB_PSEUDO = 0x7000000,
	SI_SUB_EXEC = 0x7400000,
	SI_SUB_PROTO_BEGIN = 0x8000000,
	SI_SUB_PROTO_PFIL = 0x8100000,
	SI_SUB_PROTO_IF = 0x8400000,
	SI_SUB_PROTO_DOMAININIT = 0x8600000,
	SI_SUB_PROTO_MC = 0x8700000,
	SI_SUB_PROTO_DOMAIN = 0x8800000,
	SI_SUB_PROTO_FIREWALL = 0x8806000,
	SI_SUB_PROTO_IFATTACHDOMAIN = 0x8808000,
	SI_SUB_PROTO_END = 0x8ffffff,
	SI_SUB_KPROF = 0x9000000,
	SI_SUB_KICK_SCHEDULER = 0xa000000,
	SI_SUB_INT_CONFIG_HOOKS = 0xa800000,
	SI_SUB_ROOT_CONF = 0xb000000,
	SI_SUB_DUMP_CONF = 0xb200000,
	SI_SUB_RAID = 0xb380000,
	SI_SUB_SWAP = 0xc000000,
	SI_SUB_INTRINSIC_POST = 0xd000000,
	SI_SUB_SYSCALLS = 0xd800000,
	SI_SUB_VNET_DONE = 0xdc00000,
	SI_SUB_KTHREAD_INIT = 0xe000000,
	SI_SUB_KTHREAD_PAGE = 0xe400000,
	SI_SUB_KTHREAD_VM = 0xe800000,
	SI_SUB_KTHREAD_BUF = 0xea00000,
	SI_SUB_KTHREAD_UPDATE = 0xec00000,
	SI_SUB_KTHREAD_IDLE = 0xee00000,
	SI_SUB_SMP = 0xf000000,
	SI_SUB_RACCTD = 0xf100000,
	SI_SUB_RUN_SCHEDULER = 0xfffffff,
	SI_SUB_LAST = 0xfffffff
};

typedef void (*sysinit_nfunc_t)(void *);
typedef void (*sysinit_cfunc_t)(const void *);

struct sysinit {
	enum sysinit_sub_id subsystem;
	enum sysinit_elem_order order;
	sysinit_cfunc_t func;
	const void *udata;
};

SET_DECLARE(sysinit_set, struct sysinit);
SET_DECLARE(sysuninit_set, struct sysinit);

/* The struct sysinit is named as FreeBSD names it (<uniquifier>_sys_init,
 * <uniquifier>_sys_uninit), for code that refers to it by that name. */
#define LTX_F_SYSINIT(set, name, subsystem, order, func, ident) \
	static struct sysinit name = { (enum sysinit_sub_id)(subsystem), (enum sysinit_elem_order)(order), \
				       (sysinit_cfunc_t)(sysinit_nfunc_t)(func), (const void *)(ident) }; \
	DATA_SET(set, name)
/* func(ident) at start-up, in (subsystem, order) order. */
#define SYSINIT(uniquifier, subsystem, order, func, ident) \
	LTX_F_SYSINIT(sysinit_set, LTX_CAT(uniquifier, _sys_init), subsystem, order, func, ident)
#define C_SYSINIT(uniquifier, subsystem, order, func, ident) SYSINIT(uniquifier, subsystem, order, func, ident)
/* func(ident) at shutdown, in the opposite order. */
#define SYSUNINIT(uniquifier, subsystem, order, func, ident) \
	LTX_F_SYSINIT(sysuninit_set, LTX_CAT(uniquifier, _sys_uninit), subsystem, order, func, ident)
#define C_SYSUNINIT(uniquifier, subsystem, order, func, ident) SYSUNINIT(uniquifier, subsystem, order, func, ident)

/* Sort a set of struct sysinit pointers by (subsystem, order), stably. */
static inline void linktable__freebsd_sort(struct sysinit **begin, struct sysinit **limit)
{
	struct sysinit **i, **j;

	for (i = begin + (begin < limit); i < limit; i++) {
		struct sysinit *s = *i;

		for (j = i; j > begin && ((unsigned int)(*(j - 1))->subsystem > (unsigned int)s->subsystem ||
					  ((*(j - 1))->subsystem == s->subsystem &&
					   (unsigned int)(*(j - 1))->order > (unsigned int)s->order));
		     j--)
			*j = *(j - 1);
		*j = s;
	}
}

/**
 * linktable_freebsd_sysinit_run() - sort the startup set by subsystem and
 * order and call every SYSINIT's function with its argument, in that order:
 * what FreeBSD's kernel does at boot.
 *
 * Return: the number of functions called.
 */
static inline unsigned int linktable_freebsd_sysinit_run(void)
{
	struct sysinit **sipp;
	unsigned int n = 0;

	linktable__freebsd_sort(SET_BEGIN(sysinit_set), SET_LIMIT(sysinit_set));
	SET_FOREACH(sipp, sysinit_set) {
		(*sipp)->func((*sipp)->udata);
		n++;
	}
	return n;
}

/**
 * linktable_freebsd_sysuninit_run() - call every SYSUNINIT's function, in
 * descending (subsystem, order).
 *
 * Return: the number of functions called.
 */
static inline unsigned int linktable_freebsd_sysuninit_run(void)
{
	struct sysinit **sipp;
	unsigned int n = 0;

	linktable__freebsd_sort(SET_BEGIN(sysuninit_set), SET_LIMIT(sysuninit_set));
	for (sipp = SET_LIMIT(sysuninit_set); sipp-- > SET_BEGIN(sysuninit_set);) {
		(*sipp)->func((*sipp)->udata);
		n++;
	}
	return n;
}

#endif /* LINKTABLE_COMPAT_FREEBSD_H */
