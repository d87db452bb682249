/* SPDX-License-Identifier: MIT */
/*
 * Private state of a boot, shared by the sequential and parallel runners and
 * the trace writers.
 */
#ifndef LINKTABLE_SRC_BOOT_INTERNAL_H
#define LINKTABLE_SRC_BOOT_INTERNAL_H

#include <pthread.h>
#include <stdio.h>

#include <linktable/init.h>

struct linktable_boot_private {
	pthread_mutex_t lock;      /* results, events and trace lines of parallel runs */
	unsigned long long origin; /* CLOCK_MONOTONIC ns when the boot began */
	unsigned long long wall_start, wall_end;
	int refused;               /* bad override or plan errors: nothing runs */
	int phases_started;        /* a phase ran: wall_start is set */
	unsigned int next_phase;   /* phases run in ascending order */
	size_t event_cap;
	unsigned char level_has_probe[LINKTABLE_LEVELS]; /* a finish-if-detected step is there */
	unsigned char level_finished[LINKTABLE_LEVELS];
	long level_finisher[LINKTABLE_LEVELS];
	size_t *seg_pos;           /* parallel runner: position + 1 in the current segment */
};

unsigned long long boot_now_ns(const struct linktable_boot *b);

/* Whether the parallel runner may run step @id beside others: parallel-safe,
 * not critical (a critical failure must stop everything after it, as in a
 * sequential run), and not on a probe level (finish-if-detected decisions
 * depend on plan order). */
int boot_step_is_parallel(const struct linktable_boot *b, size_t id);

/* Decides, then runs step @id's callback for @phase on thread @thread. */
void boot_run_step(struct linktable_boot *b, size_t id, unsigned int phase, unsigned int thread);

void boot_run_phase_parallel(struct linktable_boot *b, unsigned int phase);

/* Trace lines (no-ops without a trace file); callers hold the lock. */
FILE *boot_trace_file(const struct linktable_boot *b);
void trace_calling(const struct linktable_boot *b, size_t id, unsigned int phase, unsigned int thread,
		   unsigned long long at);
void trace_returned(const struct linktable_boot *b, size_t id, unsigned int phase, int rc,
		    unsigned long long start, unsigned long long end);
void trace_skipped(const struct linktable_boot *b, size_t id, unsigned long long at);
void trace_probe_ends_level(const struct linktable_boot *b, size_t id, unsigned long long at);
void trace_summary(const struct linktable_boot *b, const struct linktable_boot_summary *sum);

/* One line saying why step @id did not run (or ""), into @buf. */
const char *boot_skip_reason(const struct linktable_boot *b, size_t id, char *buf, size_t size);

#endif
