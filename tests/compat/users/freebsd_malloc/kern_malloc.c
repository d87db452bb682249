/* SPDX-License-Identifier: MIT */
#include <string.h>
#include "sys.h"

char boot_log[64];

void log_step(const char *what)
{
	strncat(boot_log, what, sizeof(boot_log) - strlen(boot_log) - 1);
}

void malloc_init(void *data)
{
	struct malloc_type *mtp = data;

	mtp->ks_registered = 1;
	log_step("m");
}

void malloc_uninit(void *data)
{
	struct malloc_type *mtp = data;

	mtp->ks_registered = 0;
}

/* The kernel's own start-up loop, as FreeBSD's mi_startup() writes it:
 * sort the set in place by subsystem then order, call each function with
 * its argument through the struct's fields. */
unsigned int mi_startup(void)
{
	struct sysinit **sipp, **xipp, *save;
	unsigned int n = 0;

	for (sipp = SET_BEGIN(sysinit_set); sipp < SET_LIMIT(sysinit_set); sipp++) {
		for (xipp = sipp + 1; xipp < SET_LIMIT(sysinit_set); xipp++) {
			if ((*sipp)->subsystem < (*xipp)->subsystem ||
			    ((*sipp)->subsystem == (*xipp)->subsystem && (*sipp)->order <= (*xipp)->order))
				continue;
			save = *sipp;
			*sipp = *xipp;
			*xipp = save;
		}
	}
	SET_FOREACH(sipp, sysinit_set) {
		if ((*sipp)->subsystem == SI_SUB_DUMMY)
			continue;
		(*((*sipp)->func))((*sipp)->udata);
		n++;
	}
	return n;
}

MALLOC_DEFINE(M_TEMP, "temp", "misc temporary data buffers");

void tunable_int_init(void *data)
{
	struct tunable_int *t = data;

	*t->var = 100;
	log_step("t");
}
int maxusers;
TUNABLE_INT("kern.maxusers", &maxusers);
KNOB(hz, 1000);
