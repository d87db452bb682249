/* SPDX-License-Identifier: MIT */
/*
 * linktable/init.h - init steps: subarch-annotated, dependency-ordered init
 * through one common path.
 *
 *	LINKTABLE_INIT_TABLE_DEFINE();          // once per linked image
 *
 *	static int pci_init(struct linktable_boot *b) { ... return 0; }
 *	LINKTABLE_INIT_STEP(pci, 20, LINKTABLE_SUBARCHS(PC, XEN),
 *			    .depends = LINKTABLE_INIT_DEPS(memory),
 *			    .setup_arch = pci_init);
 *
 *	struct linktable_boot_config cfg = { .trace_file = stdout };
 *	struct linktable_boot *boot;
 *	int err = linktable_boot(&cfg, &boot);  // detect, plan, run all phases
 *	linktable_boot_free(boot);
 *
 * The step table is read-only; what happened at run time (detected, ran,
 * failed, durations) lives in struct linktable_boot.  The layout of struct
 * linktable_init_step is the contract the linktable tool decodes with
 * offsetof(): change fields here, never by hand elsewhere.
 */
#ifndef LINKTABLE_INIT_H
#define LINKTABLE_INIT_H

#include <linktable/linktable.h>
#include <linktable/subarch.h>

/** Most phases a program's phase set may have. */
#define LINKTABLE_MAX_PHASES 8

/** The seed's phases; a program may name its own, 0 .. LINKTABLE_MAX_PHASES-1. */
enum linktable_phase {
	LINKTABLE_PHASE_EARLY = 0,
	LINKTABLE_PHASE_SETUP_ARCH = 1,
	LINKTABLE_PHASE_LATE = 2,
};

/** release_phase value meaning init-only memory is never released. */
#define LINKTABLE_INIT_RELEASE_NEVER LINKTABLE_MAX_PHASES

/**
 * LINKTABLE_INIT_RELEASE_PHASE() - record in the image when init-only memory
 * is released, for "linktable check".
 * @phase: the phase before which init-only memory (init_text, init_data) is
 *         released: an integer constant, 0..LINKTABLE_MAX_PHASES
 *         (LINKTABLE_INIT_RELEASE_NEVER).  Pass the same value as the boot
 *         configuration's release_phase.
 *
 * Use it once, at file scope.  The planner refuses at run time, and the
 * tool's "release" rule at build time, a step whose callback for a phase >=
 * @phase lives in init-only memory.
 */
#define LINKTABLE_INIT_RELEASE_PHASE(phase) \
	LTX_STATIC_ASSERT((phase) >= 0 && (phase) <= LINKTABLE_MAX_PHASES, \
			  "linktable: the release phase must be 0.." LTX_STR(LINKTABLE_MAX_PHASES)); \
	LTX_NOTE(linktable__release_note, LTX_NOTE_RELEASE, (unsigned int)(phase), 0u, 0u, "init", "")

/** Step flags. */
#define LINKTABLE_INIT_FINISH_IF_DETECTED 0x1u /* first detected step ends its level */
#define LINKTABLE_INIT_CRITICAL 0x2u           /* failure stops the boot */
#define LINKTABLE_INIT_PARALLEL_SAFE 0x4u      /* may run beside other ready steps */

struct linktable_boot; /* the run in progress, passed to every callback */

/* A phase callback: 0 on success, anything else is the step's error. */
typedef int (*linktable_init_fn)(struct linktable_boot *boot);

/**
 * struct linktable_init_step - one init step, an entry of the init table.
 * @name:         unique name (also the step's symbol).
 * @file:         source file that declared the step.
 * @line:         line in @file.
 * @level:        order level, 0..99 (also the table level).
 * @flags:        LINKTABLE_INIT_* flags.
 * @subarchs:     the subarchs the step supports; never empty.
 * @depends:      hard dependencies by name, NULL-terminated (or NULL): they
 *                must exist, and run (successfully) first.
 * @soft_depends: soft dependencies by name, NULL-terminated (or NULL): run
 *                first if linked in and supported.
 * @detect:       whether the feature is needed here (NULL: always); called
 *                once, in the first phase run, in plan order.
 * @phase:        callback per phase (NULL: nothing to do in that phase);
 *                early_init, setup_arch and late_init name the first three.
 *                Initialize a step through either the names or phase[],
 *                not both: they share storage.
 */
struct linktable_init_step {
	const char *name;
	const char *file;
	unsigned int line;
	unsigned int level;
	unsigned int flags;
	linktable_subarch_mask_t subarchs;
	const char *const *depends;
	const char *const *soft_depends;
	int (*detect)(struct linktable_boot *boot);
	union {
		linktable_init_fn phase[LINKTABLE_MAX_PHASES];
		struct {
			linktable_init_fn early_init;
			linktable_init_fn setup_arch;
			linktable_init_fn late_init;
		};
	};
};

/* ---- Declaring steps ----------------------------------------------------- */

/* The program's init table.  Tables are per linked image, so the program,
 * not the library, defines it; the library only receives its bounds. */
LINKTABLE_DECLARE(struct linktable_init_step, init_steps);

/**
 * LINKTABLE_INIT_TABLE_DEFINE() - define the init table, in exactly one .c
 * file of the program.
 *
 * Kind LINKTABLE_KIND_INIT marks it for the linktable tool.
 */
#define LINKTABLE_INIT_TABLE_DEFINE() \
	LTX_DEFINE_TABLE(struct linktable_init_step, init_steps, LINKTABLE_KIND_INIT)

#define LTX_DEP_LIST(...) LTX_CAT(LTX_DEP_, LTX_SA_COUNT(__VA_ARGS__))(__VA_ARGS__)
#define LTX_DEP_1(x) #x
#define LTX_DEP_2(x, ...) #x, LTX_DEP_1(__VA_ARGS__)
#define LTX_DEP_3(x, ...) #x, LTX_DEP_2(__VA_ARGS__)
#define LTX_DEP_4(x, ...) #x, LTX_DEP_3(__VA_ARGS__)
#define LTX_DEP_5(x, ...) #x, LTX_DEP_4(__VA_ARGS__)
#define LTX_DEP_6(x, ...) #x, LTX_DEP_5(__VA_ARGS__)
#define LTX_DEP_7(x, ...) #x, LTX_DEP_6(__VA_ARGS__)
#define LTX_DEP_8(x, ...) #x, LTX_DEP_7(__VA_ARGS__)
#define LTX_DEP_9(x, ...) #x, LTX_DEP_8(__VA_ARGS__)
#define LTX_DEP_10(x, ...) #x, LTX_DEP_9(__VA_ARGS__)
#define LTX_DEP_11(x, ...) #x, LTX_DEP_10(__VA_ARGS__)
#define LTX_DEP_12(x, ...) #x, LTX_DEP_11(__VA_ARGS__)
#define LTX_DEP_13(x, ...) #x, LTX_DEP_12(__VA_ARGS__)
#define LTX_DEP_14(x, ...) #x, LTX_DEP_13(__VA_ARGS__)
#define LTX_DEP_15(x, ...) #x, LTX_DEP_14(__VA_ARGS__)
#define LTX_DEP_16(x, ...) #x, LTX_DEP_15(__VA_ARGS__)

/**
 * LINKTABLE_INIT_DEPS() - a dependency list for .depends / .soft_depends.
 * @...: step names (identifiers, up to 16).
 */
#define LINKTABLE_INIT_DEPS(...) \
	((const char *const[]){ LTX_DEP_LIST(__VA_ARGS__), (const char *)0 })

/* The third argument must be the subarch mask.  If it was left out, the
 * first designated initializer (".early_init = f") took its place; used to
 * initialize this struct, it makes both compilers name the struct - and so
 * say what is missing - in their first error. */
struct linktable_init_step_needs_a_subarch_mask_as_third_argument {
	linktable_subarch_mask_t mask;
};
#define LTX_INIT_SUBARCH_ARG_CHECK(subarchs_) \
	LTX_STATIC_ASSERT(sizeof((struct linktable_init_step_needs_a_subarch_mask_as_third_argument){ \
				  subarchs_ }) != 0, \
			  "linktable: LINKTABLE_INIT_STEP() needs the subarch mask as third argument")

/**
 * LINKTABLE_INIT_STEP() - declare an init step.
 * @id_:       the step's unique name, an identifier (kept as a string too).
 * @level_:    order level, an integer literal 0..99.
 * @subarchs_: mandatory: the subarchs the step supports, e.g.
 *             LINKTABLE_SUBARCHS(PC, XEN), LINKTABLE_SUBARCHS_ALL or
 *             LINKTABLE_SUBARCHS_EXCEPT(XEN).  Leaving it out, or an empty
 *             mask, does not compile: every step must say where it works.
 * @...:       designated initializers: .flags, .depends, .soft_depends,
 *             .detect, .early_init / .setup_arch / .late_init or .phase[N].
 *
 * The entry's symbol, linktable_init_step_@id_, is global and hidden, so
 * two steps of one name in one image fail to link ("multiple definition").
 * A C macro: it needs C's designated initializers and compound literals.
 */
#define LINKTABLE_INIT_STEP(id_, level_, subarchs_, ...) \
	LTX_INIT_SUBARCH_ARG_CHECK(subarchs_); \
	LTX_LEVEL_CHECK(level_); \
	LTX_STATIC_ASSERT((subarchs_) != 0, \
			  "linktable: init step " #id_ " supports no subarch: an empty subarch mask " \
			  "would never run; list where it works, e.g. LINKTABLE_SUBARCHS(PC)"); \
	LTX_EXTERN_C LTX_HIDDEN LTX_ENTRY_ATTRS(LTX_TABLE_SECTION(init_steps, level_), \
						struct linktable_init_step) \
	LTX_CONST_OBJ struct linktable_init_step linktable_init_step_##id_ = { \
		.name = #id_, \
		.file = __FILE__, \
		.line = __LINE__, \
		.level = (level_), \
		.subarchs = (subarchs_), \
		__VA_ARGS__ \
	}

/* ---- Planning -------------------------------------------------------------- */

/**
 * struct linktable_plan_options - planner options (zero: defaults).
 * @nphases:       phases in the program's phase set (0: 3, the seed's).
 * @phase_names:   their names for messages (NULL: early_init, setup_arch,
 *                 late_init, phase3, ...).
 * @release_phase: init-only memory is released before this phase (used
 *                 only when @is_released is set).
 * @is_released:   whether an address is in memory released at
 *                 @release_phase; the planner refuses a step whose callback
 *                 for a phase >= @release_phase is in such memory.
 */
struct linktable_plan_options {
	unsigned int nphases;
	const char *const *phase_names;
	unsigned int release_phase;
	int (*is_released)(const void *addr);
};

/* Why a step is not in the plan. */
#define LINKTABLE_PLAN_KEPT 0
#define LINKTABLE_PLAN_UNSUPPORTED 1 /* does not support the plan's subarch */

/**
 * struct linktable_plan - the run order for one subarch.
 * @subarch:    the subarch planned for.
 * @nsteps:     steps given to the planner.
 * @steps:      those steps; an index into it is a step id.
 * @dropped:    per id: LINKTABLE_PLAN_KEPT or LINKTABLE_PLAN_UNSUPPORTED.
 * @norder:     steps in the plan (0 when there are errors).
 * @order:      their ids, in run order.
 * @dep_start:  per id, its resolved dependencies are
 *              dep_id[dep_start[id] .. dep_start[id+1]-1]; hard ones first,
 *              @dep_nhard[id] of them.
 * @dep_id:     dependency ids.
 * @dep_nhard:  per id, number of hard dependencies in its list.
 * @rdep_start: per id, the steps that depend on it are
 *              rdep_id[rdep_start[id] .. rdep_start[id+1]-1].
 * @rdep_id:    dependent ids.
 * @nerrors:    errors found (the plan is refused if non-zero).
 * @errors:     their messages (at most LINKTABLE_PLAN_MAX_MESSAGES kept).
 * @nphases:    phases checked.
 * @phase_names: their names.
 */
struct linktable_plan {
	unsigned int subarch;
	linktable__size_t nsteps;
	const struct linktable_init_step **steps;
	unsigned char *dropped;
	linktable__size_t norder;
	linktable__size_t *order;
	linktable__size_t *dep_start;
	linktable__size_t *dep_id;
	unsigned int *dep_nhard;
	linktable__size_t *rdep_start;
	linktable__size_t *rdep_id;
	linktable__size_t nerrors;
	char **errors;
	unsigned int nphases;
	const char *const *phase_names;
};

#define LINKTABLE_PLAN_MAX_MESSAGES 1000

LTX_EXTERN_C_BEGIN

/**
 * linktable_plan_build() - plan the steps for one subarch.
 * @steps:   an array of @n step pointers (e.g. built in memory).
 * @n:       number of steps.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 * @out:     the plan; free it with linktable_plan_free().
 *
 * Drops steps that do not support @subarch, then orders the rest so that
 * every dependency comes first and levels ascend; ties are broken by name
 * (byte order), so the plan never depends on link order.  Checks the whole
 * table, for every subarch: duplicate names, missing hard dependencies,
 * dependencies of a higher level, hard dependencies that lack a subarch
 * their dependent supports, dependency cycles, and (with
 * @opts->is_released) callbacks in released memory.  O((n + e) log n).
 *
 * Return: 0; the number of errors (then @out->errors says what and
 * @out->norder is 0); or -1 when out of memory (*@out is NULL).
 */
long linktable_plan_build(const struct linktable_init_step *const *steps, linktable__size_t n,
			  unsigned int subarch, const struct linktable_plan_options *opts,
			  struct linktable_plan **out);

/**
 * linktable_plan_build_table() - linktable_plan_build() on a linked table.
 * @table:   the init table's bounds (&linktable_bounds_init_steps).
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 * @out:     the plan.
 */
long linktable_plan_build_table(const struct linktable_bounds *table, unsigned int subarch,
				const struct linktable_plan_options *opts,
				struct linktable_plan **out);

/**
 * linktable_plan_free() - free a plan (NULL is fine).
 * @plan: the plan.
 */
void linktable_plan_free(struct linktable_plan *plan);

/**
 * linktable_plan_find() - a step's id by name.
 * @plan: the plan.
 * @name: the step's name.
 *
 * Return: the id, or -1 if no step has that name.
 */
long linktable_plan_find(const struct linktable_plan *plan, const char *name);

/**
 * linktable_plan_print() - print the plan: order, dropped steps, errors.
 * @plan: the plan.
 * @file: a FILE * (void * keeps libc out of this header).
 */
void linktable_plan_print(const struct linktable_plan *plan, void *file);

/* ---- Booting --------------------------------------------------------------- */

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
 * @error:        the callback's return value when failed.
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
 * struct linktable_boot_config - how to boot (zero: defaults).
 * @subarch:       override by name ("xen") or number; NULL: detect.
 * @detect:        detection options (NULL: defaults); @subarch wins.
 * @nphases:       phases of the program's phase set (0: 3).
 * @phase_names:   their names (NULL: early_init, setup_arch, late_init...).
 * @parallel:      run parallel-safe steps on worker threads.
 * @threads:       workers for @parallel (0: 4).
 * @trace_file:    FILE * for the initcall_debug-style trace, or NULL.
 * @json_file:     FILE * for the JSON plan and trace, or NULL.
 * @release_phase: see struct linktable_plan_options.
 * @is_released:   see struct linktable_plan_options.
 * @before_phase:  called before each phase runs (e.g. to release memory).
 * @user:          the program's context, as boot->user.
 */
struct linktable_boot_config {
	const char *subarch;
	const struct linktable_subarch_detect_options *detect;
	unsigned int nphases;
	const char *const *phase_names;
	int parallel;
	unsigned int threads;
	void *trace_file;
	void *json_file;
	unsigned int release_phase;
	int (*is_released)(const void *addr);
	void (*before_phase)(struct linktable_boot *boot, unsigned int phase);
	void *user;
};

struct linktable_boot_private;

/**
 * struct linktable_boot - a boot in progress, and its outcome.
 * @subarch:   the decided subarch.
 * @decision:  how it was decided.
 * @phase:     the phase being run.
 * @user:      the config's user pointer.
 * @config:    a copy of the config.
 * @plan:      the plan (see its errors when the boot did not start).
 * @results:   per step id.
 * @events:    the callbacks called, in completion order.
 * @nevents:   how many.
 * @stopped:   a critical step failed: the id, else -1.
 * @error:     the first error that stopped or refused the boot, or "".
 * @priv:      the runner's own state.
 */
struct linktable_boot {
	unsigned int subarch;
	struct linktable_subarch_decision decision;
	unsigned int phase;
	void *user;
	struct linktable_boot_config config;
	struct linktable_plan *plan;
	struct linktable_step_result *results;
	struct linktable_trace_event *events;
	linktable__size_t nevents;
	long stopped;
	char error[512];
	struct linktable_boot_private *priv;
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

/**
 * linktable_boot_begin_steps() - decide the subarch and plan, on an array.
 * @steps: step pointers.
 * @n:     how many.
 * @cfg:   configuration (NULL: defaults).
 * @out:   the boot; free with linktable_boot_free() (NULL only when out of
 *         memory).
 *
 * Return: 0; or -1 when the subarch override is bad or the plan has
 * errors: nothing runs, (*@out)->error and ->plan->errors say why (and were
 * printed to the trace file).
 */
int linktable_boot_begin_steps(const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg, struct linktable_boot **out);

/**
 * linktable_boot_begin() - linktable_boot_begin_steps() on a linked table.
 * @table: the init table's bounds.
 * @cfg:   configuration.
 * @out:   the boot.
 */
int linktable_boot_begin(const struct linktable_bounds *table,
			 const struct linktable_boot_config *cfg, struct linktable_boot **out);

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
 * linktable_boot_finish() - close the run: mark unreached steps, print the
 * summary line and the JSON document.
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_finish(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_run() - the common path: begin, every phase, finish.
 * @table: the init table's bounds.
 * @cfg:   configuration.
 * @out:   the boot, to inspect and then free.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_run(const struct linktable_bounds *table, const struct linktable_boot_config *cfg,
		       struct linktable_boot **out);

/**
 * linktable_boot() - linktable_boot_run() on the program's init table.
 * @cfg: configuration.
 * @out: the boot.
 */
#define linktable_boot(cfg, out) linktable_boot_run(&linktable_bounds_init_steps, (cfg), (out))

/**
 * linktable_boot_free() - free a boot (NULL is fine).
 * @boot: the boot.
 */
void linktable_boot_free(struct linktable_boot *boot);

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
 * linktable_boot_write_json() - write the decision, plan, trace and results
 * as one JSON document.
 * @boot: the boot.
 * @file: a FILE *.
 */
void linktable_boot_write_json(const struct linktable_boot *boot, void *file);

LTX_EXTERN_C_END

#endif /* LINKTABLE_INIT_H */
