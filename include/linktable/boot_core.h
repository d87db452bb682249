/* SPDX-License-Identifier: MIT */
/*
 * linktable/boot_core.h - for a freestanding boot (a kernel, firmware):
 * the common path in storage the caller provides, no libc, no allocator;
 * output, time and locking through the program's hooks (struct
 * linktable_env).  Link liblinktable-core.a.
 *
 *	static _Alignas(16) unsigned char storage[LINKTABLE_BOOT_BYTES(64, 128, 3)];
 *	static struct linktable_boot boot;
 *	struct linktable_boot_config cfg = { .env = &my_env, .decided = &decision };
 *
 *	int err = linktable_boot_run_in(&boot, storage, sizeof(storage),
 *					&linktable_bounds_init_steps, &cfg);  // begin, every phase, finish
 *
 * or phase by phase, from the kernel's own entry points:
 *
 *	linktable_boot_begin_in(&boot, storage, sizeof(storage), &linktable_bounds_init_steps, &cfg);
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_EARLY);      // in start_kernel()
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_SETUP_ARCH);
 *	linktable_boot_run_phase(&boot, LINKTABLE_PHASE_LATE);       // in rest_init()
 *	linktable_boot_finish_in(&boot, &summary);
 *
 * then boot.results[id] says what happened to each step, and
 * linktable_boot_release() frees the other subarchs' and the init-only
 * memory.  The _in functions are the hosted runner's (<linktable/boot.h>)
 * in the caller's storage: begin, run, finish.  Storage:
 * LINKTABLE_BOOT_BYTES() as a constant, linktable_boot_table_bytes()
 * exactly.  Steps are declared with <linktable/step.h>; plans are read with
 * <linktable/plan.h> (both included here).
 */
#ifndef LINKTABLE_BOOT_CORE_H
#define LINKTABLE_BOOT_CORE_H

#include <linktable/env.h>
#include <linktable/plan.h>
#include <linktable/step.h>

LTX_EXTERN_C_BEGIN

/** What happened to a step. */
enum linktable_step_state {
	LINKTABLE_STEP_PENDING = 0,            /* not reached (yet) */
	LINKTABLE_STEP_SKIPPED_UNSUPPORTED,    /* not for this subarch */
	LINKTABLE_STEP_SKIPPED_NOT_DETECTED,   /* detect() said not needed */
	LINKTABLE_STEP_SKIPPED_FINISHED_LEVEL, /* a finish-if-detected step ended its level */
	LINKTABLE_STEP_SKIPPED_DEP_FAILED,     /* a hard dependency did not succeed */
	LINKTABLE_STEP_OK,                     /* every phase reached so far succeeded */
	LINKTABLE_STEP_FAILED,                 /* a callback returned an error */
	LINKTABLE_STEP_NOT_RUN,                /* a critical failure stopped the boot first */
};

/**
 * struct linktable_step_result - run-time state of one step.
 * @state:        what happened.
 * @detected:     detect()'s answer: 1 yes (or no detect()), 0 no, -1 not
 *                asked (unsupported, dependency failed, level finished).
 * @error:        the callback's return value when failed; detect()'s
 *                negative answer when not detected.
 * @failed_phase: the phase that failed.
 * @blocker:      step id that caused SKIPPED_DEP_FAILED / SKIPPED_FINISHED_LEVEL.
 * @phases_run:   bit N: the phase N callback ran.
 * @start_ns:     start of its first callback, ns since the boot began.
 * @end_ns:       end of its last callback.
 * @duration_ns:  time inside its callbacks.
 * @thread:       thread of its last callback: 0 main, 1.. workers.
 */
struct linktable_step_result {
	enum linktable_step_state state;
	int detected;
	int error;
	unsigned int failed_phase;
	long blocker;
	unsigned int phases_run;
	unsigned long long start_ns;
	unsigned long long end_ns;
	unsigned long long duration_ns;
	unsigned int thread;
};

/**
 * struct linktable_trace_event - one callback call.
 * @step:     step id.
 * @phase:    phase.
 * @result:   its return value.
 * @thread:   0 main, 1.. workers.
 * @start_ns: ns since the boot began.
 * @end_ns:   ns since the boot began.
 */
struct linktable_trace_event {
	linktable__size_t step;
	unsigned int phase;
	int result;
	unsigned int thread;
	unsigned long long start_ns;
	unsigned long long end_ns;
};

/**
 * struct linktable_boot_summary - counts of outcomes.
 * @ok:               steps whose every callback succeeded.
 * @failed:           steps with a failing callback.
 * @unsupported:      skipped: not for this subarch.
 * @not_detected:     skipped: detect() said no.
 * @finished_level:   skipped: their level was finished by a probe.
 * @dep_failed:       skipped: a hard dependency did not succeed.
 * @not_run:          not reached: the boot stopped.
 * @wall_ns:          from the first phase to the end of the last.
 * @busy_ns:          sum of callback durations (the sequential cost).
 * @critical_path_ns: the longest chain of callback time that must run in
 *                    sequence (dependencies, non-parallel steps): the best
 *                    any number of threads could do.
 */
struct linktable_boot_summary {
	linktable__size_t ok, failed, unsupported, not_detected, finished_level, dep_failed, not_run;
	unsigned long long wall_ns, busy_ns, critical_path_ns;
};

/* Bytes of a boot's own state beyond its plan, per step and per event. */
#define LTX_BOOT_BYTES(n, nphases) \
	(LTX_PLAN_ALIGN(2048u) + LTX_PLAN_ALIGN((n) * sizeof(struct linktable_step_result)) + \
	 LTX_PLAN_ALIGN((n) * (nphases) * sizeof(struct linktable_trace_event)) + 2u * LTX_PLAN_ALIGN((n) * 8u))

/**
 * LINKTABLE_BOOT_BYTES() - storage enough for a boot of at most @nsteps
 * steps, @ndeps dependency names in all and @nphases phases, as a constant
 * expression (static storage for a kernel: no allocator needed).
 * @nsteps:  bound on the steps.
 * @ndeps:   bound on hard plus soft dependency names.
 * @nphases: the program's phases (3 for the seed's).
 */
#define LINKTABLE_BOOT_BYTES(nsteps, ndeps, nphases) \
	(LINKTABLE_PLAN_BYTES(nsteps, ndeps) + \
	 LTX_BOOT_BYTES((linktable__size_t)(nsteps), (linktable__size_t)(nphases)))

/**
 * linktable_boot_bytes() - the exact storage linktable_boot_begin_steps_in()
 * needs.
 * @nsteps: steps.
 * @ndeps:  hard plus soft dependency names of all steps.
 * @cfg:    the configuration the boot will use (NULL: defaults).
 */
linktable__size_t linktable_boot_bytes(linktable__size_t nsteps, linktable__size_t ndeps,
				       const struct linktable_boot_config *cfg);

/**
 * linktable_boot_table_bytes() - linktable_boot_bytes() for a linked table.
 * @table: the init table's bounds.
 * @cfg:   the configuration (NULL: defaults).
 */
linktable__size_t linktable_boot_table_bytes(const struct linktable_bounds *table,
					     const struct linktable_boot_config *cfg);

/**
 * linktable_boot_unsupported() - how many critical steps lack the boot's
 * subarch; non-zero means the boot was refused for that reason (and
 * @boot->error names the subarch and the steps).
 * @boot: a started boot.
 */
linktable__size_t linktable_boot_unsupported(const struct linktable_boot *boot);

struct linktable_free_set;
struct linktable_free_report;

/**
 * linktable_boot_release() - release the other subarchs' memory, then the
 * init-only memory, after a boot - only if it completed: a refused or
 * stopped boot frees nothing (the code that reports and stops still runs),
 * and says so.  A range holding a hook of the boot's environment (console,
 * clock, release), a callback of a step that ran (other subarchs' ranges),
 * or an address of @in_use is kept whole and reported as in use.
 * @boot:   a closed boot.
 * @set:    the image's ranges (LINKTABLE_FREE_SET).
 * @in_use: NULL-terminated addresses the program still needs (its
 *          console, its exit path), or NULL.
 * @other:  report of the other subarchs' release (may be NULL).
 * @init:   report of the init-only release (may be NULL).
 *
 * Return: 0; -1 when the boot did not complete (nothing freed); or a
 * negative errno value from the release.
 */
int linktable_boot_release(const struct linktable_boot *boot, const struct linktable_free_set *set,
			   const void *const *in_use, struct linktable_free_report *other,
			   struct linktable_free_report *init);

/**
 * linktable_boot_run_phase() - run one phase of every planned step.
 * @boot:  a boot begun without error.
 * @phase: 0 .. nphases-1; phases must run in ascending order.
 *
 * Return: 0, or -1 if the boot is stopped (a critical step failed, now or
 * before) or cannot run this phase.
 */
int linktable_boot_run_phase(struct linktable_boot *boot, unsigned int phase);

/**
 * linktable_boot_summarize() - count the outcomes so far.
 * @boot: the boot.
 * @sum:  the counts.
 */
void linktable_boot_summarize(const struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_step_state_name() - "ok", "failed", "skipped-unsupported", ...
 * @state: a state.
 */
const char *linktable_step_state_name(enum linktable_step_state state);

/**
 * linktable_boot_phase_name() - the name of a phase of this boot.
 * @boot:  the boot.
 * @phase: a phase.
 */
const char *linktable_boot_phase_name(const struct linktable_boot *boot, unsigned int phase);

/**
 * linktable_boot_begin_in() - linktable_boot_begin_steps_in() on a linked
 * table: decide the subarch and plan, in storage the caller provides.
 * @boot:    the boot, filled in (a static or stack object).
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration (NULL: defaults).
 */
int linktable_boot_begin_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			    const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

/**
 * linktable_boot_begin_steps_in() - decide the subarch and plan, in storage
 * the caller provides (the freestanding core: no allocation, no libc);
 * linktable_boot_begin_steps() allocates it.
 * @boot:    the boot, filled in (a static or stack object).
 * @storage: linktable_boot_bytes() bytes, 16-byte aligned, kept while
 *           @boot is used.
 * @bytes:   its size.
 * @steps:   step pointers.
 * @n:       how many.
 * @cfg:     configuration (NULL: defaults).
 *
 * The trace (through @cfg->env) opens with the subarch decision and its
 * source, any warning about it, and every step skipped as unsupported.
 *
 * Return: 0; or -1 when the storage is too small, the subarch override is
 * bad or the plan has errors: nothing runs, @boot->error and
 * @boot->plan->errors say why (and were written to the trace).
 */
int linktable_boot_begin_steps_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
				  const struct linktable_init_step *const *steps, linktable__size_t n,
				  const struct linktable_boot_config *cfg);

/**
 * linktable_boot_finish_in() - linktable_boot_finish() without libc: mark
 * unreached steps, write the summary through the hooks
 * (linktable_boot_finish() prints it and the JSON document too).
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_finish_in(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_run_in() - linktable_boot_run() in storage the caller
 * provides: begin, every phase, finish - the freestanding common path.
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_run_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			  const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

LTX_EXTERN_C_END

#endif /* LINKTABLE_BOOT_CORE_H */
