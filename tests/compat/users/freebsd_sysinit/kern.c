/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sysinit/kern.c - the kernel's start-up and
 * shutdown: every SYSINIT of the other files run in (subsystem, order)
 * order, pairs of equal keys together, SYSUNINITs in the opposite order;
 * then the sorted set read again with SET_FOREACH, as kernel code that
 * walks sysinit_set after boot does.
 */
#include <string.h>
#include "../tap.h"
#include "boot.h"

LINKTABLE_FREEBSD_SYSINIT_DEFINE();

struct record {
	const char *name;
	unsigned int sub, order;
};
static struct record runs[64], stops[64];
static int nruns, nstops;
extern int vm_ready;

void ran(void *arg)
{
	const struct step *s = arg;

	if (nruns < 64)
		runs[nruns++] = (struct record){ s->name, s->sub, s->order };
}

void ran_const(const void *arg)
{
	const struct step *s = arg;

	if (nruns < 64)
		runs[nruns++] = (struct record){ s->name, s->sub, s->order };
}

void stopped(void *arg)
{
	const struct step *s = arg;

	if (nstops < 64)
		stops[nstops++] = (struct record){ s->name, s->sub, s->order };
}

static int position(const struct record *r, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(r[i].name, name) == 0)
			return i;
	return -1;
}

static int key_le(const struct record *a, const struct record *b)
{
	return a->sub < b->sub || (a->sub == b->sub && a->order <= b->order);
}

int main(void)
{
	struct sysinit **sipp;
	unsigned int called;
	int i, ascending = 1, descending = 1, kmem_lo, kmem_hi, p;

	called = linktable_freebsd_sysinit_run();
	for (i = 1; i < nruns; i++)
		ascending &= key_le(&runs[i - 1], &runs[i]);
	ok(nruns == 13 && called == 13 + 5 && ascending,
	   "%u SYSINITs from four files run in ascending (subsystem, order)", called);
	ok(strcmp(runs[0].name, "tunables") == 0 && strcmp(runs[nruns - 1].name, "sched_run") == 0 &&
		   position(runs, nruns, "vm_mem") < position(runs, nruns, "vm_pager") &&
		   position(runs, nruns, "vm_pager") < position(runs, nruns, "vm_last"),
	   "SI_SUB_TUNABLES first, SI_SUB_RUN_SCHEDULER last, SI_ORDER_FIRST < _SECOND < _ANY");
	kmem_lo = nruns;
	kmem_hi = -1;
	for (i = 0; i < nruns; i++) {
		if (strncmp(runs[i].name, "kmem_", 5) == 0 && runs[i].order == SI_ORDER_MIDDLE) {
			kmem_lo = i < kmem_lo ? i : kmem_lo;
			kmem_hi = i > kmem_hi ? i : kmem_hi;
		}
	}
	p = position(runs, nruns, "kmem_d");
	ok(kmem_hi - kmem_lo == 2 && p == kmem_hi + 1 && position(runs, nruns, "vm_last") == kmem_lo - 1,
	   "three SYSINITs of one (subsystem, order) pair from two files run together, before SI_ORDER_MIDDLE + 1");
	ok(position(runs, nruns, "intr") + 1 == position(runs, nruns, "between") &&
		   position(runs, nruns, "sched_idle") < position(runs, nruns, "intr"),
	   "a subsystem value between two named ones sorts between them");
	ok(drivers_registered == 8 && strncmp(driver_names, "pci ", 4) == 0 && strlen(driver_names) == 15 &&
		   strstr(driver_names, "em ") && strstr(driver_names, "re ") && strstr(driver_names, "ahci "),
	   "drivers registered through a wrapper with const arguments, SI_ORDER_FIRST first (%s)", driver_names);
	ok(vm_ready == 1 && position(runs, nruns, "drivers_done") > position(runs, nruns, "kmem_d"),
	   "a SYSINIT whose uniquifier is its function's name ran");

	i = 0;
	called = 0;
	SET_FOREACH(sipp, sysinit_set) {
		if (sipp > SET_BEGIN(sysinit_set))
			i += (*(sipp - 1))->subsystem > (*sipp)->subsystem ||
			     ((*(sipp - 1))->subsystem == (*sipp)->subsystem && (*(sipp - 1))->order > (*sipp)->order);
		called++;
	}
	ok(i == 0 && called == 18 && SET_COUNT(sysinit_set) == 18 && SET_ITEM(sysinit_set, 0)->subsystem == SI_SUB_TUNABLES,
	   "after the run, SET_FOREACH over sysinit_set sees it sorted");

	called = linktable_freebsd_sysuninit_run();
	for (i = 1; i < nstops; i++)
		descending &= key_le(&stops[i], &stops[i - 1]);
	ok(called == 6 && nstops == 5 && descending && strcmp(stops[0].name, "sched_run") == 0 &&
		   strcmp(stops[nstops - 1].name, "vm_mem") == 0 && vm_ready == 0,
	   "SYSUNINITs run in descending (subsystem, order): the last subsystem stops first");
	ok(SET_COUNT(sysuninit_set) == 6 && position(stops, nstops, "kmem_a") >= 0 && position(stops, nstops, "kmem_c") >= 0 &&
		   position(stops, nstops, "intr") < position(stops, nstops, "kmem_a"),
	   "SYSUNINITs of one pair from two files stop together");
	return done_testing();
}
