/* SPDX-License-Identifier: MIT */
/*
 * linktable/step.h - for a feature's author: declare an init step where the
 * feature is implemented, and boot with one call.
 *
 *	#include <linktable/step.h>
 *
 *	static int pci_init(struct linktable_boot *b, const struct linktable_init_step *s)
 *	{ ... b->subarch, b->user ... return 0; }                 // 0: success
 *
 *	LINKTABLE_INIT_STEP(pci, 20, LINKTABLE_SUBARCHS(PC, XEN),  // name, level 0..99, where it works
 *			    .depends = LINKTABLE_INIT_DEPS(memory),   // must run first, and succeed
 *			    .after = LINKTABLE_INIT_DEPS(acpi),       // linked in; first where both run
 *			    .soft_depends = LINKTABLE_INIT_DEPS(iommu), // first if linked in and supported
 *			    .flags = LINKTABLE_INIT_CRITICAL,         // or _PARALLEL_SAFE, _FINISH_IF_DETECTED
 *			    .detect = pci_present,                    // > 0: needed here
 *			    .setup_arch = pci_init);                  // or .early_init, .late_init, .phase[N]
 *
 * and once per program (cc *.c $(pkg-config --cflags --libs linktable)):
 *
 *	LINKTABLE_INIT_TABLE_DEFINE();
 *	int main(void)
 *	{
 *		struct linktable_boot_config cfg = { .trace_file = stdout };
 *		struct linktable_boot *boot;
 *		int err = linktable_boot(&cfg, &boot);   // decide the subarch, plan, run every phase
 *
 *		linktable_boot_free(boot);
 *		return err ? 1 : 0;
 *	}
 *
 * The subarch mask is mandatory: a step without one does not compile; no
 * LINKTABLE_INIT_TABLE_DEFINE() fails the link (linktable_bounds_init_steps
 * undefined).  A refused boot (a cycle, a missing dependency...) says why
 * on .trace_file and in boot->error; "linktable check PROGRAM" says it at
 * build time, as FILE:LINE: error: (or warning:) lines.  The rest of
 * the API, by reader: <linktable/plan.h> (planning), <linktable/boot_core.h>
 * (a freestanding boot in the caller's storage), <linktable/boot.h> (the
 * hosted runner, phase by phase); <linktable/init.h> includes them all.
 *
 * This header holds no planner function and no storage layout.  It defines
 * struct linktable_plan only because struct linktable_boot, which every
 * callback receives, holds one by value (its layout is the ABI).
 */
#ifndef LINKTABLE_STEP_H
#define LINKTABLE_STEP_H

#include <linktable/linktable.h>
#include <linktable/subarch.h>

#if !defined(__cplusplus) && defined(__STRICT_ANSI__) && defined(__STDC_VERSION__) && __STDC_VERSION__ < 201112L
#error "linktable: the init framework (<linktable/step.h>, included by init.h, plan.h, boot_core.h and boot.h) needs C11 (anonymous unions, _Static_assert): compile with -std=c11, or -std=gnu99"
#endif

#ifdef LTX_PE
#error "linktable: the init framework is ELF only (its steps and its init-only memory need ELF sections); on PE/COFF only tables are supported"
#endif
#ifdef LTX_MACHO
#error "linktable: the init framework is ELF only (its steps and its init-only memory need ELF sections); on Mach-O only tables are supported"
#endif

/** Most phases a program's phase set may have. */
#define LINKTABLE_MAX_PHASES 8

/** Phases of the seed's phase set: what a phase count of 0 means. */
#define LINKTABLE_DEFAULT_PHASES 3

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

/** Step flags; linktable_flag_name() words them. */
#define LINKTABLE_INIT_FINISH_IF_DETECTED 0x1u /* first detected step ends its level */
#define LINKTABLE_INIT_CRITICAL 0x2u           /* failure stops the boot */
#define LINKTABLE_INIT_PARALLEL_SAFE 0x4u      /* may run beside other ready steps */
#define LINKTABLE_INIT_FLAGS 0x7u              /* every flag */

struct linktable_boot; /* the run in progress, passed to every callback */
struct linktable_init_step;

/* A phase callback: 0 on success, anything else is the step's error.  It
 * gets the step it runs for, so that one function can serve many steps
 * (its name, its .data). */
typedef int (*linktable_init_fn)(struct linktable_boot *boot, const struct linktable_init_step *step);

/* A detect callback: > 0 detected, 0 or a negative errno value: not here. */
typedef int (*linktable_detect_fn)(struct linktable_boot *boot, const struct linktable_init_step *step);

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
 *                once, in the first phase run, in plan order.  Return > 0
 *                for "detected", 0 for "not here", or a negative errno
 *                value (-ENODEV) for "not here, and why": anything <= 0
 *                skips the step (the value is kept in the result's error
 *                and shown in the trace).  Never "detected" by accident.
 * @phase:        callback per phase (NULL: nothing to do in that phase);
 *                early_init, setup_arch and late_init name the first three.
 *                Initialize a step through either the names or phase[],
 *                not both: they share storage.
 * @after:        order-only dependencies by name, NULL-terminated (or
 *                NULL): they must be linked in and run first where they
 *                run, but their failure, absence on a subarch or skip does
 *                not skip this step (the seed mock-up's kind).
 * @data:         the program's per-step data (NULL: none), for callbacks
 *                that serve several steps: they receive the step and read
 *                step->data (and step->name).
 * @provides:     resources the step sets up, NULL-terminated (or NULL):
 *                names of state other steps use (the cr4 shadow, a
 *                console), written with LINKTABLE_INIT_RESOURCES().
 * @uses:         resources the step uses, NULL-terminated (or NULL): on
 *                every subarch the step supports, one of its hard
 *                dependencies (transitively), or the step itself, must
 *                provide each of them there - the "resource" rule, which
 *                the planner applies at boot and "linktable check" at build
 *                time (the seed's cr4 shadow crash: a path that used the
 *                shadow without the step that sets it up).
 *
 * Every callback (@detect and @phase) receives the boot and this step.
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
	linktable_detect_fn detect;
	union {
		linktable_init_fn phase[LINKTABLE_MAX_PHASES];
		struct {
			linktable_init_fn early_init;
			linktable_init_fn setup_arch;
			linktable_init_fn late_init;
		};
	};
	const char *const *after;
	const void *data;
	const char *const *provides;
	const char *const *uses;
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
	LTX_DEFINE_DECLARED_TABLE(struct linktable_init_step, init_steps, LINKTABLE_KIND_INIT)

#define LTX_DEP_LIST(...) LTX_CAT(LTX_DEP_, LTX_SA_COUNT(__VA_ARGS__))(__VA_ARGS__)
/* The last (or only) name must not be empty: LINKTABLE_INIT_DEPS() with no
 * names would otherwise mean "depends on ''". */
#define LTX_DEP_1(x) \
	(sizeof(struct { \
		 LTX_STATIC_ASSERT(sizeof(#x) > 1, "linktable: LINKTABLE_INIT_DEPS() needs at least one step name"); \
		 int linktable__unused; \
	 }) ? #x : #x)
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
 * LINKTABLE_INIT_DEPS() - a dependency list for .depends, .after or
 * .soft_depends.
 * @...: step names (identifiers, 1 to 16); no names does not compile (leave
 *       .depends out instead).
 */
#define LINKTABLE_INIT_DEPS(...) \
	((const char *const[]){ LTX_DEP_LIST(__VA_ARGS__), (const char *)0 })

/**
 * LINKTABLE_INIT_RESOURCES() - a resource list for .provides or .uses.
 * @...: resource names (identifiers, 1 to 16), e.g. cr4_shadow.
 */
#define LINKTABLE_INIT_RESOURCES(...) LINKTABLE_INIT_DEPS(__VA_ARGS__)

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
 * @level_:    order level, an integer literal 0..99 (or 00..09, the same
 *             levels), as LINKTABLE_ENTRY() takes it.
 * @subarchs_: mandatory: the subarchs the step supports, e.g.
 *             LINKTABLE_SUBARCHS(PC, XEN), LINKTABLE_SUBARCHS_ALL or
 *             LINKTABLE_SUBARCHS_EXCEPT(XEN).  Leaving it out, or an empty
 *             mask, does not compile: every step must say where it works.
 * @...:       designated initializers: .flags, .depends, .after, .soft_depends,
 *             .detect, .early_init / .setup_arch / .late_init or .phase[N],
 *             .data.
 *
 * The entry's symbol, linktable_init_step_@id_, is global and hidden, so
 * two steps of one name in one image fail to link ("multiple definition").
 * A C macro: it needs C's designated initializers and compound literals.
 */
/* C: declared before it is defined (-Wmissing-variable-declarations). */
#ifdef __cplusplus
#define LTX_INIT_STEP_DECLARE(id_)
#else
#define LTX_INIT_STEP_DECLARE(id_) LTX_HIDDEN extern const struct linktable_init_step linktable_init_step_##id_;
#endif

#if defined(__cplusplus) && __cplusplus < 202002L
/* Designated initializers are C (and C++20): one clear error, not a cascade. */
#define LINKTABLE_INIT_STEP(id_, level_, subarchs_, ...) \
	static_assert(sizeof(#id_) == 0, "linktable: LINKTABLE_INIT_STEP() needs designated initializers: " \
					 "declare init steps in a C file (C11), or compile as C++20")
#else
#define LINKTABLE_INIT_STEP(id_, level_, subarchs_, ...) \
	LTX_INIT_STEP_(id_, LTX_LEVEL_NORM(level_), subarchs_, __VA_ARGS__)
#define LTX_INIT_STEP_(id_, level_, subarchs_, ...) \
	LTX_INIT_SUBARCH_ARG_CHECK(subarchs_); \
	LTX_LEVEL_CHECK(level_); \
	LTX_STATIC_ASSERT((subarchs_) != 0, \
			  "linktable: init step " #id_ " supports no subarch: an empty subarch mask " \
			  "would never run; list where it works, e.g. LINKTABLE_SUBARCHS(PC)"); \
	LTX_INIT_STEP_DECLARE(id_) \
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
#endif

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
 *              @dep_nhard[id] of them, then @dep_nafter[id] order-only
 *              ones, then soft ones.
 * @dep_id:     dependency ids.
 * @dep_nhard:  per id, number of hard dependencies in its list.
 * @dep_nafter: per id, number of order-only dependencies in its list.
 * @rdep_start: per id, the steps that depend on it are
 *              rdep_id[rdep_start[id] .. rdep_start[id+1]-1].
 * @rdep_id:    dependent ids.
 * @unordered:  per id, non-zero when the step is on or behind a dependency
 *              cycle (it could not be ordered).
 * @nerrors:    errors found (the plan is refused if non-zero).
 * @errors:     the first @errors_kept of them.
 * @errors_kept: records in @errors.
 * @errors_room: records @errors can hold (the options' @max_errors).
 * @nphases:    phases checked.
 * @phase_names: their names.
 * @prebuilt:   LINKTABLE_PLAN_PREBUILT_SEALED (2) when the order came from
 *              a build-time plan sealed by "linktable seal" (nothing hashed
 *              at boot); 1 when it came from an unsealed one whose
 *              fingerprint matched the table; -1 when one is linked in but
 *              does not match the table (planned at run time);
 *              LINKTABLE_PLAN_PREBUILT_INVALID (-2) when it matches but is
 *              damaged (@prebuilt_problem says how; planned at run time);
 *              0 when there is none.
 * @fingerprint: linktable_plan_fingerprint() of the steps (from
 *              linktable_plan_make() and _make_table(); 0 from
 *              linktable_plan_build(), which skips the hash); for a sealed
 *              plan, the fingerprint "linktable seal" checked.
 * @prebuilt_problem: why a build-time plan was refused as damaged, or NULL.
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
	unsigned int *dep_nafter;
	linktable__size_t *rdep_start;
	linktable__size_t *rdep_id;
	linktable__size_t *unordered;
	linktable__size_t nerrors;
	struct linktable_plan_error *errors;
	linktable__size_t errors_kept;
	linktable__size_t errors_room;
	unsigned int nphases;
	const char *const *phase_names;
	int prebuilt;
	unsigned long long fingerprint;
	const char *prebuilt_problem;
};

/* ---- The boot a callback receives, and the one-call boot --------------------- */

struct linktable_plan_error;
struct linktable_step_result;
struct linktable_trace_event;
struct linktable_env;

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
 * @env:           the hooks the core writes the trace through and reads the
 *                 clock and takes the lock with (NULL: liblinktable's
 *                 linktable_boot_begin() makes one from @trace_file; the
 *                 core alone stays silent and untimed).
 * @decided:       a decision already made (e.g. by
 *                 linktable_subarch_detect()); NULL: the boot decides with
 *                 @subarch and @detect.
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
	const struct linktable_env *env;
	const struct linktable_subarch_decision *decided;
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
 * @plan_data: the plan @plan points to.
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
	struct linktable_plan plan_data;
};

LTX_EXTERN_C_BEGIN

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

LTX_EXTERN_C_END

#endif /* LINKTABLE_STEP_H */
