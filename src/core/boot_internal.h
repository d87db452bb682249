/* SPDX-License-Identifier: MIT */
/*
 * Private state of a boot, shared by the core's sequential runner, its
 * trace and summary, and liblinktable's parallel runner and JSON writer.
 */
#ifndef LINKTABLE_CORE_BOOT_INTERNAL_H
#define LINKTABLE_CORE_BOOT_INTERNAL_H

/* init.h: the core defines the deprecated 0.1 names too (verbs.c says which). */
#include <linktable/init.h>

#include "text.h"

struct linktable_boot_private {
	const struct linktable_env *env; /* never NULL: a silent one by default */
	unsigned long long origin;       /* clock when the boot began */
	unsigned long long wall_start, wall_end;
	int refused;                     /* bad override, plan errors or an unsupported
					  * critical step: nothing runs */
	linktable__size_t unsupported;   /* critical steps the subarch lacks */
	int phases_started;              /* a phase ran: wall_start is set */
	unsigned int next_phase;         /* phases run in ascending order */
	linktable__size_t event_cap;
	unsigned long long *dur, *fin;   /* n each: critical path scratch */
	/* Runs one phase instead of the sequential loop (liblinktable's
	 * parallel runner), with its own state. */
	void (*run_phase)(struct linktable_boot *b, unsigned int phase);
	linktable__size_t *seg_pos;
	unsigned char level_has_probe[LINKTABLE_LEVELS]; /* a finish-if-detected step is there */
	unsigned char level_finished[LINKTABLE_LEVELS];
	long level_finisher[LINKTABLE_LEVELS];
};

/* Nanoseconds since the boot began (0 without a clock). */
LINKTABLE_CORE_INTERNAL unsigned long long linktable__boot_now(const struct linktable_boot *b);
LINKTABLE_CORE_INTERNAL void linktable__boot_lock(const struct linktable_boot *b);
LINKTABLE_CORE_INTERNAL void linktable__boot_unlock(const struct linktable_boot *b);

/* Whether the parallel runner may run step @id beside others: parallel-safe,
 * not critical (a critical failure must stop everything after it, as in a
 * sequential run), and not on a probe level (finish-if-detected decisions
 * depend on plan order). */
LINKTABLE_CORE_INTERNAL int linktable__boot_step_is_parallel(const struct linktable_boot *b, linktable__size_t id);

/* Decides, then runs step @id's callback for @phase on thread @thread. */
LINKTABLE_CORE_INTERNAL void linktable__boot_run_step(struct linktable_boot *b, linktable__size_t id,
						      unsigned int phase, unsigned int thread);

/* Trace lines (no-ops without a write hook); callers hold the lock. */
LINKTABLE_CORE_INTERNAL void linktable__trace_opening(const struct linktable_boot *b);
LINKTABLE_CORE_INTERNAL void linktable__trace_calling(const struct linktable_boot *b, linktable__size_t id,
						      unsigned int phase, unsigned int thread, unsigned long long at);
LINKTABLE_CORE_INTERNAL void linktable__trace_returned(const struct linktable_boot *b, linktable__size_t id,
						       unsigned int phase, int rc, unsigned long long start,
						       unsigned long long end);
LINKTABLE_CORE_INTERNAL void linktable__trace_skipped(const struct linktable_boot *b, linktable__size_t id,
						      unsigned long long at);
LINKTABLE_CORE_INTERNAL void linktable__trace_probe_ends_level(const struct linktable_boot *b, linktable__size_t id,
							       unsigned long long at);
LINKTABLE_CORE_INTERNAL void linktable__trace_summary(const struct linktable_boot *b,
						      const struct linktable_boot_summary *sum);

/* Refuses the boot when a critical step does not support its subarch
 * (boot_unsupported.c); 0 when none. */
LINKTABLE_CORE_INTERNAL int linktable__boot_refuse_unsupported(struct linktable_boot *b);

/* One line saying why step @id did not run (or ""), into @buf. */
LINKTABLE_CORE_INTERNAL const char *linktable__boot_skip_reason(const struct linktable_boot *b, linktable__size_t id,
								char *buf, linktable__size_t size);

#endif
