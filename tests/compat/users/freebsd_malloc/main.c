/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "sys.h"
#include "../tap.h"

MALLOC_DECLARE(M_TEMP);
MALLOC_DECLARE(M_VMPGDATA);
extern int maxusers;

static void drivers_init(void *arg)
{
	log_step(arg);
}
SYSINIT(drivers, SI_SUB_DRIVERS, SI_ORDER_MIDDLE, drivers_init, "D");
SYSINIT(dummy, SI_SUB_DUMMY, SI_ORDER_ANY, drivers_init, "X");
KNOB(debug, 3);

DB_COMMAND(answer)
{
	return 42 + arg;
}

int main(void)
{
	unsigned int n = mi_startup();

	ok(n == 13, "mi_startup: 13 SYSINITs called, the dummy skipped (%u)", n);
	/* TUNABLES: t; VM: V then v; COUNTER: c; KMEM: m m; RANDOM: r;
	 * TASKQ, EPOCH, SOFTINTR (FreeBSD 14's values): q e s; DRIVERS: D;
	 * PROTO_FIREWALL before PROTO_IFATTACHDOMAIN: f a */
	ok(strcmp(boot_log, "tVvcmmrqesDfa") == 0, "SYSINITs by subsystem then order (%s)", boot_log);
	ok(maxusers == 100, "a TUNABLE_INT-like SYSINIT named through __LINE__ ran");
	ok(vm_mem_sysinit()->subsystem == SI_SUB_VM && vm_mem_sysinit()->order == SI_ORDER_FIRST,
	   "a SYSINIT's struct named as FreeBSD names it (<uniquifier>_sys_init)");
	ok(SET_COUNT(tunable_set) == 1 && *SET_ITEM(tunable_set, 0)->var == 100,
	   "DATA_SET of an item named by a macro");
	ok(M_TEMP[0].ks_registered && M_VMPGDATA[0].ks_registered, "MALLOC_DEFINE's SYSINIT got its array");
	{
		struct sysinit **sipp;
		unsigned int kmem = 0;

		SET_FOREACH(sipp, sysinit_set)
			kmem += (*sipp)->subsystem == SI_SUB_KMEM && (*sipp)->order == SI_ORDER_THIRD &&
				(*sipp)->func == (sysinit_cfunc_t)(sysinit_nfunc_t)malloc_init;
		ok(kmem == 2, "struct sysinit fields read as FreeBSD code reads them (%u)", kmem);
	}
	ok(SET_COUNT(sysuninit_set) == 2, "sysuninit_set: 2 (%ld)", (long)SET_COUNT(sysuninit_set));
	ok(linktable_freebsd_sysuninit_run() == 2 && !M_TEMP[0].ks_registered, "SYSUNINITs run");

	{
		const struct knob **kp;
		int sum = 0, i, count = (int)SET_COUNT(knob_set);
		const char *names[SET_COUNT(knob_set)];

		for (i = 0; i < count; i++)
			names[i] = SET_ITEM(knob_set, i)->name;
		SET_FOREACH(kp, knob_set)
			sum += (*kp)->value;
		ok(count == 3 && sum == 1067, "knob_set of const objects: 3, sum %d", sum);
		ok(names[0] && names[count - 1], "knob_set indexed with SET_ITEM up to SET_COUNT");
	}
	{
		db_cmdfcn_t **cmd;
		int total = 0;

		SET_FOREACH(cmd, db_cmd_set)
			total += (**cmd)(1);
		ok(SET_COUNT(db_cmd_set) == 2 && total == 44, "TEXT_SET of functions: 2 called (%d)", total);
	}
	{
		struct knob **kp;
		unsigned int seen = 0;

		SET_FOREACH(kp, empty_set)
			seen++;
		ok(seen == 0 && SET_COUNT(empty_set) == 0 && SET_BEGIN(empty_set) == SET_LIMIT(empty_set),
		   "an empty set: nothing, count 0");
	}
	return done_testing();
}
