/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/freebsd_a.c - FreeBSD's linker sets (SET_BEGIN/LIMIT,
 * SET_FOREACH, SET_ITEM, SET_COUNT, a backward walk, an empty set) and
 * SYSINIT/SYSUNINIT ordered by subsystem, then order, across files.
 */
#include <string.h>
#include "compat.h"
#include "freebsd.h"

LINKTABLE_FREEBSD_SET_DEFINE(fdrivers, struct fdrv);
LINKTABLE_FREEBSD_SYSINIT_DEFINE();

static struct fdrv drv_a1 = { "a1", 1 };
static struct fdrv drv_a2 = { "a2", 2 };
DATA_SET(fdrivers, drv_a1);
DATA_SET(fdrivers, drv_a2);

static char fb_trace[256];
void freebsd_note(const void *what)
{
	strncat(fb_trace, (const char *)what, sizeof(fb_trace) - strlen(fb_trace) - 2);
	strcat(fb_trace, " ");
}
static void note_a(void *arg)
{
	freebsd_note(arg);
}
SYSINIT(a_last, SI_SUB_LAST, SI_ORDER_ANY, note_a, "last");
SYSINIT(a_vm_first, SI_SUB_VM, SI_ORDER_FIRST, note_a, "vm.0");
SYSINIT(a_tunables, SI_SUB_TUNABLES, SI_ORDER_MIDDLE, note_a, "tunables");
SYSINIT(a_own, SI_SUB_DRIVERS + 1, SI_ORDER_FIRST, note_a, "drivers+1");
SYSUNINIT(a_un_drivers, SI_SUB_DRIVERS, SI_ORDER_FIRST, note_a, "un.drivers");
SYSUNINIT(a_un_vm2, SI_SUB_VM, SI_ORDER_SECOND, note_a, "un.vm2");

void test_freebsd(void)
{
	struct fdrv **p;
	int n = 0, ids = 0, good = 1, i;
	unsigned int ran;

	check(SET_COUNT(fdrivers) == 4, "freebsd: SET_COUNT() = %ld", (long)SET_COUNT(fdrivers));
	SET_FOREACH(p, fdrivers) {
		ids |= 1 << (*p)->id;
		good &= SET_ITEM(fdrivers, n) == *p;
		n++;
	}
	check(n == 4 && ids == 30 && good, "freebsd: SET_FOREACH() visits every item once, as SET_ITEM(i)");
	n = 0;
	for (i = (int)SET_COUNT(fdrivers); i-- > 0;)
		n += SET_BEGIN(fdrivers)[i]->id;
	for (p = SET_LIMIT(fdrivers); p-- > SET_BEGIN(fdrivers);)
		n += (*p)->id;
	check(n == 20, "freebsd: walks from SET_LIMIT() back");
	n = 0;
	SET_FOREACH(p, fnothing)
		n++;
	check(n == 0 && SET_COUNT(fnothing) == 0 && SET_BEGIN(fnothing) == SET_LIMIT(fnothing),
	      "freebsd: an empty set: no item, count 0");

	fb_trace[0] = 0;
	/* 7 SYSINITs here and in freebsd_b.c, 8 in freebsd_c.c and freebsd_d.c
	 * (whose test reads what this run recorded: one start-up per program),
	 * 7 in freebsd_e.c and freebsd_f.c (which run them again) */
	ran = linktable_freebsd_sysinit_run();
	check(ran == 7 + 8 + 7 && strcmp(fb_trace, "tunables vm.0 vm.2 kld.mid drivers.0 drivers+1 last ") == 0,
	      "freebsd: SYSINITs sorted by subsystem, then order (%s)", fb_trace);
	fb_trace[0] = 0;
	ran = linktable_freebsd_sysuninit_run();
	check(ran == 3 + 3 && strcmp(fb_trace, "un.drivers un.vm2 un.vm ") == 0,
	      "freebsd: SYSUNINITs in the opposite order (%s)", fb_trace);
}
