/* SPDX-License-Identifier: MIT */
/*
 * run_steps.c - STOPGAP until linktable's freestanding core (issue 8) is
 * merged: calls each step's phases in table (level) order, with no
 * dependency ordering and no checks.  The kernel's init path moves onto
 * the core's planner and runner as soon as it exists; this file goes then.
 */
#include <linktable/init.h>
#include <linktable/free.h>
#include "kernel.h"
static const char *const phase_names[] = { "early_init", "setup_arch", "late_init" };
int run_init_steps(void)
{
	const struct linktable_init_step *s;
	for (unsigned int ph = 0; ph < 3; ph++) {
		LINKTABLE_FOREACH(s, init_steps) {
			uint64_t t0;
			int r;
			if (!(s->subarchs & (1u << boot.subarch))) {
				if (ph == 0) tprintk("skipping %s: not for this subarch\n", s->name);
				continue;
			}
			if (!s->phase[ph]) continue;
			tprintk("calling  %s @ %s\n", s->name, phase_names[ph]);
			t0 = rdtsc();
			r = s->phase[ph](0);
			tprintk("initcall %s returned %d after %llu cycles\n", s->name, r, (unsigned long long)(rdtsc() - t0));
			if (r && (s->flags & LINKTABLE_INIT_CRITICAL)) return -1;
		}
	}
	return 0;
}
LINKTABLE_INIT_TABLE_DEFINE();
const struct linktable_free_ops *linktable_free_default_ops(void);
const struct linktable_free_ops *linktable_free_default_ops(void) { return 0; }
