/* SPDX-License-Identifier: MIT */
/*
 * linktable/init.h - init steps: subarch-annotated, dependency-ordered init
 * through one common path.
 *
 *	LINKTABLE_INIT_TABLE_DEFINE();          // once per linked image
 *
 *	static int pci_init(struct linktable_boot *b, const struct linktable_init_step *s) { ... }
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

#include <linktable/env.h>
#include <linktable/linktable.h>
#include <linktable/subarch.h>

#if !defined(__cplusplus) && defined(__STRICT_ANSI__) && defined(__STDC_VERSION__) && __STDC_VERSION__ < 201112L
#error "linktable: <linktable/init.h> needs C11 (anonymous unions, _Static_assert): compile with -std=c11, or -std=gnu99"
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

/* ---- Planning -------------------------------------------------------------- */

/* Why a step is not in the plan. */
#define LINKTABLE_PLAN_KEPT 0
#define LINKTABLE_PLAN_UNSUPPORTED 1 /* does not support the plan's subarch */

/** What a plan error is about; the words come from linktable_plan_error_text(). */
enum linktable_plan_error_kind {
	LINKTABLE_PLAN_ERROR_SUBARCH_RANGE = 0, /* @value: the plan's subarch is above 31 */
	LINKTABLE_PLAN_ERROR_NO_NAME,           /* step @a has no name */
	LINKTABLE_PLAN_ERROR_LEVEL_RANGE,       /* step @a's level is above 99 */
	LINKTABLE_PLAN_ERROR_NO_SUBARCH,        /* step @a supports no subarch */
	LINKTABLE_PLAN_ERROR_EXTRA_PHASE,       /* step @a has a callback for phase @value >= nphases */
	LINKTABLE_PLAN_ERROR_RELEASED,          /* step @a's callback for phase @value & 0xff is in memory
						 * released before phase @value >> 8 */
	LINKTABLE_PLAN_ERROR_DUPLICATE,         /* step @b has the name of step @a */
	LINKTABLE_PLAN_ERROR_MISSING,           /* step @a's hard dependency number @value is not linked in */
	LINKTABLE_PLAN_ERROR_LEVEL_ORDER,       /* step @a depends on @b of a higher level; @value 1: hard */
	LINKTABLE_PLAN_ERROR_SUBARCH_DEP,       /* step @a supports subarchs @value its hard dependency @b lacks */
	LINKTABLE_PLAN_ERROR_CYCLE,             /* a dependency cycle through step @a */
	LINKTABLE_PLAN_ERROR_MISSING_AFTER,     /* step @a's order-only dependency number @value is not linked in */
	LINKTABLE_PLAN_ERROR_RESOURCE,          /* step @a uses resource number @b without a provider among its
						 * hard dependencies on subarchs @value */
	LINKTABLE_PLAN_ERROR_KINDS
};

/**
 * struct linktable_plan_error - one broken rule, as ids (no text, no
 * allocation); linktable_plan_error_text() renders it.
 * @kind:  enum linktable_plan_error_kind.
 * @value: a phase, a subarch mask, a list index: see the kind.
 * @a:     the step id the error is about.
 * @b:     the other step id, for kinds that name two.
 */
struct linktable_plan_error {
	unsigned int kind;
	unsigned int value;
	linktable__size_t a;
	linktable__size_t b;
};

/** Error records a plan keeps unless its options ask for more. */
#define LINKTABLE_PLAN_DEFAULT_ERRORS 32

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

/** struct linktable_plan's @prebuilt for a sealed build-time plan. */
#define LINKTABLE_PLAN_PREBUILT_SEALED 2
/** struct linktable_plan's @prebuilt for a damaged build-time plan (refused). */
#define LINKTABLE_PLAN_PREBUILT_INVALID (-2)

/*
 * The plan's storage, in the order the planner carves it: one copy of the
 * layout, expanded as X(member, count, element size) by linktable_plan_bytes()
 * (exact sizes), by the planner's carving and by LINKTABLE_PLAN_BYTES()
 * (constant bounds: a heap entry is at most 16 bytes, the name index at
 * most 4n + 16 slots).  Every array starts 16-byte aligned.
 */
#define LTX_PLAN_ALIGN(x) (((x) + 15u) & ~(linktable__size_t)15u)
#define LTX_PLAN_LAYOUT(X, n_, e_, errs_, heap_entry_, slots_) \
	X(steps, (n_), sizeof(void *)) \
	X(dropped, (n_), 1u) \
	X(order, (n_) + 1u, sizeof(linktable__size_t)) \
	X(dep_start, (n_) + 1u, sizeof(linktable__size_t)) \
	X(rdep_start, (n_) + 1u, sizeof(linktable__size_t)) \
	X(unordered, (n_) + 1u, sizeof(linktable__size_t)) \
	X(dep_id, (e_), sizeof(linktable__size_t)) \
	X(rdep_id, (e_), sizeof(linktable__size_t)) \
	X(dep_nhard, (n_), sizeof(unsigned int)) \
	X(dep_nafter, (n_), sizeof(unsigned int)) \
	X(errors, (errs_), sizeof(struct linktable_plan_error)) \
	X(heap, (n_), (heap_entry_)) \
	X(seen, (n_), sizeof(linktable__size_t)) \
	X(slots, (slots_), sizeof(unsigned long long))
#define LTX_PLAN_ADD_BYTES(member, count, size) +LTX_PLAN_ALIGN((linktable__size_t)(count) * (size))
#define LTX_PLAN_BYTES(n, e, errs) \
	(0u LTX_PLAN_LAYOUT(LTX_PLAN_ADD_BYTES, (n), (e), (errs), 16u, (n) * 4u + 16u))

/**
 * LINKTABLE_PLAN_BYTES() - storage enough for a plan of at most @nsteps
 * steps with at most @ndeps dependency names in all, as a constant
 * expression (for static storage in a kernel or firmware).
 * @nsteps: bound on the steps.
 * @ndeps:  bound on hard plus soft dependency names.
 *
 * At least linktable_plan_bytes(@nsteps, @ndeps, NULL); keeps
 * LINKTABLE_PLAN_DEFAULT_ERRORS error records.
 */
#define LINKTABLE_PLAN_BYTES(nsteps, ndeps) \
	LTX_PLAN_BYTES((linktable__size_t)(nsteps), (linktable__size_t)(ndeps), LINKTABLE_PLAN_DEFAULT_ERRORS)

/**
 * struct linktable_prebuilt_plan - the plans "linktable plan IMAGE" made at
 * build time, linked in by a second link (as Linux links kallsyms).
 * @fingerprint: linktable_plan_fingerprint() of the init table planned.
 * @seal:        0 as compiled; "linktable seal" writes linktable_plan_seal()
 *               here in the final image once it has checked that the
 *               image's table has @fingerprint.  The boot then takes the
 *               plan over without hashing the table.  At byte offset 8
 *               (after @fingerprint) on every ABI: the tool finds it there.
 * @nsteps:      its steps; ids are positions in iteration order.
 * @ndeps:       resolved dependencies.
 * @dep_start:   as in struct linktable_plan (@nsteps + 1 entries).
 * @dep_id:      as in struct linktable_plan.
 * @dep_nhard:   as in struct linktable_plan.
 * @dep_nafter:  as in struct linktable_plan.
 * @rdep_start:  as in struct linktable_plan.
 * @rdep_id:     as in struct linktable_plan.
 * @subarchs:    the subarchs planned.
 * @norder:      per subarch, the steps in its plan.
 * @order:       per subarch, their ids in run order (NULL: not planned).
 * @bytes:       the size of the object that holds the plan and every array
 *               it points to ("linktable plan" emits them as one object),
 *               or 0 for a plan written otherwise: the boot refuses a plan
 *               whose arrays do not all lie within it.
 */
struct linktable_prebuilt_plan {
	unsigned long long fingerprint;
	unsigned long long seal;
	linktable__size_t nsteps;
	linktable__size_t ndeps;
	const linktable__size_t *dep_start;
	const linktable__size_t *dep_id;
	const unsigned int *dep_nhard;
	const unsigned int *dep_nafter;
	const linktable__size_t *rdep_start;
	const linktable__size_t *rdep_id;
	linktable_subarch_mask_t subarchs;
	linktable__size_t norder[LINKTABLE_SUBARCH_MAX];
	const linktable__size_t *order[LINKTABLE_SUBARCH_MAX];
	linktable__size_t bytes;
};

/**
 * LINKTABLE_PREBUILT_PLAN_ATTRS - the attributes of the struct
 * linktable_prebuilt_plan that "linktable plan" emits: kept by the compiler
 * and LTO, alone in section "linktable_prebuilt_plan", where "linktable
 * seal" finds it to write its seal.
 */
#define LINKTABLE_PREBUILT_PLAN_ATTRS LTX_PREBUILT_PLAN_ATTRS

/* The image's build-time plan: the source "linktable plan" emits defines
 * it; the core's weak default (NULL) means "none, plan at run time". */
LTX_EXTERN_DECL const struct linktable_prebuilt_plan *const linktable_init_prebuilt;

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
 * @max_errors:    error records to keep (0: LINKTABLE_PLAN_DEFAULT_ERRORS);
 *                 more are counted, not kept.
 * @no_prebuilt:   plan at run time even when a build-time plan is linked in
 *                 (linktable_plan_make_table() only).
 */
struct linktable_plan_options {
	unsigned int nphases;
	const char *const *phase_names;
	unsigned int release_phase;
	int (*is_released)(const void *addr);
	linktable__size_t max_errors;
	int no_prebuilt;
};

LTX_EXTERN_C_BEGIN

/**
 * linktable_plan_bytes() - the exact storage linktable_plan_make() needs.
 * @nsteps: steps in the table.
 * @ndeps:  hard plus soft dependency names of all steps.
 * @opts:   the options the plan will use (only @max_errors counts), or NULL.
 */
linktable__size_t linktable_plan_bytes(linktable__size_t nsteps, linktable__size_t ndeps,
				       const struct linktable_plan_options *opts);

/**
 * linktable_plan_table_bytes() - linktable_plan_bytes() for a linked table.
 * @table: the init table's bounds (&linktable_bounds_init_steps).
 * @opts:  the options, or NULL.
 */
linktable__size_t linktable_plan_table_bytes(const struct linktable_bounds *table,
					     const struct linktable_plan_options *opts);

/**
 * linktable_plan_make() - plan the steps for one subarch, in storage the
 * caller provides (no allocation: usable before any allocator exists).
 * @plan:    filled in; points into @storage.
 * @storage: linktable_plan_bytes() bytes, 16-byte aligned, kept as long as
 *           @plan is used.
 * @bytes:   its size.
 * @steps:   an array of @n step pointers.
 * @n:       number of steps.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 *
 * Drops steps that do not support @subarch, then orders the rest so that
 * every dependency comes first and levels ascend; ties are broken by name
 * (byte order), so the plan never depends on link order.  Checks the whole
 * table, for every subarch: duplicate names, missing hard dependencies,
 * dependencies of a higher level, hard dependencies that lack a subarch
 * their dependent supports, dependency cycles, and (with
 * @opts->is_released) callbacks in released memory.  O((n + e) log n).
 *
 * Return: 0; the number of errors (then @plan->errors says what and
 * @plan->norder is 0); or -1 when @storage is too small or misaligned.
 */
long linktable_plan_make(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			 const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			 const struct linktable_plan_options *opts);

/**
 * linktable_plan_make_table() - linktable_plan_make() on a linked table;
 * uses the build-time plan (linktable_init_prebuilt) when one is linked in
 * and matches the table: then no planning work is done.  A plan sealed by
 * "linktable seal" is taken over after an O(1) check of its seal; an
 * unsealed one (or one whose seal is wrong) after hashing the table and
 * comparing fingerprints (@plan->prebuilt says what happened).
 * @plan:    filled in.
 * @storage: linktable_plan_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 */
long linktable_plan_make_table(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			       const struct linktable_bounds *table, unsigned int subarch,
			       const struct linktable_plan_options *opts);

/**
 * linktable_plan_fingerprint() - a 64-bit hash of what planning depends on:
 * per step in order, its name, level, subarch mask, flags and dependency
 * name lists.  A build-time plan is used only for a table with its
 * fingerprint.
 * @steps: step pointers.
 * @n:     how many.
 */
unsigned long long linktable_plan_fingerprint(const struct linktable_init_step *const *steps, linktable__size_t n);

/**
 * linktable_plan_seal() - the seal "linktable seal" writes into a
 * build-time plan that matches its image's init table, and the boot expects:
 * a mix of the plan's digest and step count, never 0 (0 is "unsealed").
 * @fingerprint: linktable_prebuilt_plan_digest() of the plan (which covers
 *               its fingerprint, the table's).
 * @nsteps:      the table's steps.
 *
 * O(1); the boot checks it after linktable_prebuilt_plan_problem() and
 * the digest, O(steps + dependencies) in integers, instead of hashing the
 * table's names.
 */
unsigned long long linktable_plan_seal(unsigned long long fingerprint, unsigned long long nsteps);

/**
 * linktable_prebuilt_plan_problem() - whether a build-time plan can be used
 * without reading outside its arrays: dep_start and rdep_start ascend from
 * 0 within ndeps, every count fits its list, every id and order entry is
 * below nsteps, every planned subarch has an order of at most nsteps steps.
 * A plan comes from the image, so the boot checks it before use.
 * @pre: the plan.
 *
 * Return: NULL when it holds, else what is wrong, in words.
 */
const char *linktable_prebuilt_plan_problem(const struct linktable_prebuilt_plan *pre);

/**
 * linktable_prebuilt_plan_digest() - a 64-bit hash of everything in a
 * build-time plan: fingerprint, subarchs, every count, dependency and
 * dependent list and each subarch's order (the arrays' contents, so moving
 * a pointer to other contents changes it).  "linktable seal" seals it.
 * @pre: a plan linktable_prebuilt_plan_problem() accepts.
 */
unsigned long long linktable_prebuilt_plan_digest(const struct linktable_prebuilt_plan *pre);

/**
 * linktable_plan_error_text() - one error of a plan, in words.
 * @plan: the plan.
 * @i:    0 .. @plan->errors_kept - 1.
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: its size.
 *
 * The same words whoever plans: the boot, liblinktable and "linktable
 * check" all render errors here.  Return: the full length of the text.
 */
linktable__size_t linktable_plan_error_text(const struct linktable_plan *plan, linktable__size_t i, char *buf,
					    linktable__size_t size);

/**
 * linktable_plan_error_rule() - the rule an error kind breaks, as
 * "linktable check" names it ("cycle", "missing", "level", ...).
 * @kind: an enum linktable_plan_error_kind value.
 */
const char *linktable_plan_error_rule(unsigned int kind);

/**
 * linktable_plan_error_step() - the step an error is located at (whose
 * file:line a diagnostic starts with).
 * @plan: the plan.
 * @i:    0 .. @plan->errors_kept - 1.
 *
 * Return: a step id, or -1 when the error is about no step with a name.
 */
long linktable_plan_error_step(const struct linktable_plan *plan, linktable__size_t i);

/**
 * linktable_plan_error_print() - one error as a compiler diagnostic,
 * "FILE:LINE: error: MESSAGE [RULE]", without a newline.
 * @plan: the plan.
 * @i:    0 .. @plan->errors_kept - 1.
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: its size.
 *
 * Return: the full length of the text.
 */
linktable__size_t linktable_plan_error_print(const struct linktable_plan *plan, linktable__size_t i, char *buf,
					     linktable__size_t size);

/* ---- Verdicts: what happens to each step, on each subarch ----------------- */

/** A step's verdict on one subarch; linktable_verdict_state_name() words it. */
enum linktable_verdict_state {
	LINKTABLE_VERDICT_RUNS = 0,    /* in the plan: it runs (if detected) */
	LINKTABLE_VERDICT_UNSUPPORTED, /* does not support the subarch: skipped */
	LINKTABLE_VERDICT_BROKEN,      /* supported, but a rule it breaks (@rule) stops it */
	LINKTABLE_VERDICT_REFUSED,     /* fine itself, but other steps are broken: the plan is refused */
	LINKTABLE_VERDICT_STATES
};

/**
 * enum linktable_rule - every rule the planner and "linktable check"
 * enforce, and the causes of a broken verdict; linktable_rule_name() words
 * them ("cycle", "missing", ...), the same in diagnostics, JSON and traces.
 */
enum linktable_rule {
	LINKTABLE_RULE_NONE = 0,
	LINKTABLE_RULE_SUBARCHS,        /* a step supports no subarch; the plan's subarch is out of range */
	LINKTABLE_RULE_NAMES,           /* a step has no name */
	LINKTABLE_RULE_LEVEL,           /* level out of range, above a dependent's, or not the table's */
	LINKTABLE_RULE_PHASES,          /* a callback for a phase the phase set lacks */
	LINKTABLE_RULE_RELEASE,         /* a callback in init-only memory released before its phase */
	LINKTABLE_RULE_DUPLICATES,      /* two steps of one name */
	LINKTABLE_RULE_MISSING,         /* a hard or order-only dependency is not linked in */
	LINKTABLE_RULE_SUBARCH_PLAN,    /* a hard dependency lacks a subarch its dependent supports */
	LINKTABLE_RULE_CYCLE,           /* a dependency cycle */
	LINKTABLE_RULE_RESOURCE,        /* a used resource no step it depends on (hard) provides there */
	LINKTABLE_RULE_DEPENDENCY,      /* verdicts only: a hard dependency is broken (or behind a cycle) */
	LINKTABLE_RULE_SUBARCH_MEMORY,  /* image: a callback in another subarch's only_ memory */
	LINKTABLE_RULE_GAPS,            /* image: a gap, padding or misalignment in a table */
	LINKTABLE_RULE_UNDEFINED_TABLE, /* image: entries of a table the image does not define */
	LINKTABLE_RULE_EMPTY,           /* image: no linktable tables at all (the wrong file?) */
	LINKTABLE_RULE_PREBUILT_PLAN,   /* image: a linked-in build-time plan is not this table's, or its seal */
	LINKTABLE_RULE_UNSUPPORTED_CRITICAL, /* verdicts only: a critical step lacks the subarch: boot refused */
	LINKTABLE_RULES
};

/**
 * struct linktable_verdict - what happens to one step on one subarch.
 * @state:    enum linktable_verdict_state.
 * @rule:     for LINKTABLE_VERDICT_BROKEN, the enum linktable_rule that
 *            breaks it; else LINKTABLE_RULE_NONE.
 * @on_cycle: non-zero when the step is on a dependency cycle (on every
 *            subarch: the planner refuses a cycle wherever it is).
 * @error:    the plan error behind a broken verdict (an index into the
 *            plan's errors), or -1.
 * @other:    the other step the cause names (the broken dependency, the
 *            unsupported one, the cycle's next step, the twin), or -1.
 */
struct linktable_verdict {
	unsigned int state;
	unsigned int rule;
	unsigned int on_cycle;
	long error;
	long other;
};

/**
 * linktable_plan_verdicts() - every step's verdict on @subarch, from a
 * plan (of any subarch: the planner checks the table for all of them).
 * @plan:    a plan made by the planner.
 * @subarch: 0 .. LINKTABLE_SUBARCH_MAX-1.
 * @out:     @plan->nsteps verdicts.  On entry each is zero, or a
 *           LINKTABLE_VERDICT_BROKEN verdict the caller found by a rule of
 *           its own (the tool's image rules): kept, and propagated like
 *           the planner's.
 *
 * The one verdict every consumer prints: a step that does not support
 * @subarch is unsupported; one that breaks a rule there (its own plan
 * error, a cycle it is on, a hard dependency that is broken or
 * unsupported there, a dependency cycle it is behind) is broken, with the
 * rule; with no error of its own in a plan that has errors, it is refused;
 * else it runs.  O(n + e), no allocation.
 */
void linktable_plan_verdicts(const struct linktable_plan *plan, unsigned int subarch,
			     struct linktable_verdict *out);

/**
 * linktable_verdict_text() - why a step has its verdict, in words ("needs
 * 'x', which does not support xen").
 * @plan:    the plan the verdicts came from.
 * @id:      the step.
 * @v:       its verdict.
 * @subarch: the subarch of the verdict.
 * @buf:     where to write (always NUL-terminated when @size > 0).
 * @size:    its size.
 *
 * Return: the full length of the text.
 */
linktable__size_t linktable_verdict_text(const struct linktable_plan *plan, linktable__size_t id,
					 const struct linktable_verdict *v, unsigned int subarch, char *buf,
					 linktable__size_t size);

/* ---- Words: one table of every word the runtime and the tool print --------- */

/**
 * linktable_verdict_state_name() - "runs", "unsupported", "broken" or
 * "refused".
 * @state: an enum linktable_verdict_state value.
 */
const char *linktable_verdict_state_name(unsigned int state);

/**
 * linktable_rule_name() - "cycle", "missing", "subarch-plan", ... ("" for
 * LINKTABLE_RULE_NONE, "unknown" out of range).
 * @rule: an enum linktable_rule value.
 */
const char *linktable_rule_name(unsigned int rule);

/**
 * linktable_rule_of_error() - the rule a plan error kind breaks.
 * @kind: an enum linktable_plan_error_kind value.
 */
unsigned int linktable_rule_of_error(unsigned int kind);

/**
 * linktable_flag_name() - "finish-if-detected", "critical" or
 * "parallel-safe" for one LINKTABLE_INIT_* bit; NULL for any other value.
 * @flag: one flag bit.
 */
const char *linktable_flag_name(unsigned int flag);

/**
 * linktable_flag_names() - the flags of @flags, comma-separated (an unknown
 * bit as 0x...), "" for none.
 * @flags: a flags word.
 * @buf:   where to write (always NUL-terminated when @size > 0).
 * @size:  its size.
 *
 * Return: @buf.
 */
const char *linktable_flag_names(unsigned int flags, char *buf, linktable__size_t size);

/**
 * linktable_kind_name() - "plain", "init", "relative" or "array" for a
 * table's LINKTABLE_KIND_* ("unknown" for any other value).
 * @kind: a LINKTABLE_KIND_* value.
 */
const char *linktable_kind_name(unsigned int kind);

/**
 * linktable_phase_name() - the default name of a phase: "early_init",
 * "setup_arch", "late_init", then "phase3" .. "phase7" ("phase?" beyond).
 * @phase: 0 .. LINKTABLE_MAX_PHASES-1.
 */
const char *linktable_phase_name(unsigned int phase);

/**
 * linktable_plan_write() - write the plan (order, dropped steps, errors)
 * through @env->write.
 * @plan: the plan.
 * @env:  the hooks.
 */
void linktable_plan_write(const struct linktable_plan *plan, const struct linktable_env *env);

/**
 * linktable_plan_find() - a step's id by name.
 * @plan: the plan.
 * @name: the step's name.
 *
 * Return: the id, or -1 if no step has that name.
 */
long linktable_plan_find(const struct linktable_plan *plan, const char *name);

/**
 * linktable_plan_build() - linktable_plan_make() in storage from malloc()
 * (liblinktable).
 * @steps:   an array of @n step pointers.
 * @n:       number of steps.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 * @out:     the plan; free it with linktable_plan_free().
 *
 * Return: 0; the number of errors; or -1 when out of memory (*@out is NULL).
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
 * linktable_plan_free() - free a plan from linktable_plan_build() (NULL is
 * fine).
 * @plan: the plan.
 */
void linktable_plan_free(struct linktable_plan *plan);

/**
 * linktable_plan_print() - linktable_plan_write() to a FILE * (liblinktable).
 * @plan: the plan.
 * @file: a FILE * (void * keeps libc out of this header).
 */
void linktable_plan_print(const struct linktable_plan *plan, void *file);

LTX_EXTERN_C_END

/* ---- Booting --------------------------------------------------------------- */

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
 * linktable_boot_bytes() - the exact storage linktable_boot_start_steps()
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
 * linktable_boot_start_steps() - decide the subarch and plan, in storage the
 * caller provides (the freestanding core: no allocation, no libc).
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
int linktable_boot_start_steps(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			       const struct linktable_init_step *const *steps, linktable__size_t n,
			       const struct linktable_boot_config *cfg);

/**
 * linktable_boot_start() - linktable_boot_start_steps() on a linked table.
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 */
int linktable_boot_start(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			 const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

/**
 * linktable_plan_unsupported_critical() - the critical steps of @plan that
 * do not support its subarch: a boot on that subarch is refused before any
 * step runs (critical means the boot cannot go on without the step).
 * @plan: a plan.
 * @buf:  their names with the subarchs each supports, ", "-separated
 *        ("cr4_shadow (supports pc, xen)"); always NUL-terminated when
 *        @size > 0.
 * @size: size of @buf.
 *
 * Return: their number (0: the subarch can boot).
 */
linktable__size_t linktable_plan_unsupported_critical(const struct linktable_plan *plan, char *buf,
						      linktable__size_t size);

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
 * linktable_boot_close() - close the run without libc: mark unreached steps
 * and write the summary to the trace.
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_close(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_execute() - the freestanding common path: start, every
 * phase, close.
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 *
 * Return: 0, or -1 if the boot was refused or stopped.
 */
int linktable_boot_execute(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			   const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

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

/* ---- One verb per action ---------------------------------------------------
 * Each action has one verb; a name ending in _in works in storage the caller
 * provides (the freestanding core: no allocator), its twin without _in
 * allocates (liblinktable).  The names on the right are the 0.1 names, kept
 * for one release (CHANGELOG.md); define LINKTABLE_WARN_DEPRECATED to have
 * the compiler point at their uses.
 *
 *	linktable_plan_build_in()        was linktable_plan_make()
 *	linktable_plan_build_table_in()  was linktable_plan_make_table()
 *	linktable_plan_print_in()        was linktable_plan_write()
 *	linktable_boot_begin_in()        was linktable_boot_start()
 *	linktable_boot_begin_steps_in()  was linktable_boot_start_steps()
 *	linktable_boot_finish_in()       was linktable_boot_close()
 *	linktable_boot_run_in()          was linktable_boot_execute()
 */

/**
 * linktable_plan_build_in() - linktable_plan_build() in storage the caller
 * provides (see linktable_plan_make(), its 0.1 name, for the details).
 * @plan:    filled in; points into @storage.
 * @storage: linktable_plan_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @steps:   an array of @n step pointers.
 * @n:       number of steps.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 *
 * Return: 0; the number of errors; or -1 when @storage is too small.
 */
long linktable_plan_build_in(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			     const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			     const struct linktable_plan_options *opts);

/**
 * linktable_plan_build_table_in() - linktable_plan_build_table() in storage
 * the caller provides (linktable_plan_make_table()).
 * @plan:    filled in.
 * @storage: linktable_plan_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @subarch: the subarch to plan for.
 * @opts:    options, or NULL.
 */
long linktable_plan_build_table_in(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
				   const struct linktable_bounds *table, unsigned int subarch,
				   const struct linktable_plan_options *opts);

/**
 * linktable_plan_print_in() - linktable_plan_print() through the program's
 * hooks instead of a FILE * (linktable_plan_write()).
 * @plan: the plan.
 * @env:  the hooks.
 */
void linktable_plan_print_in(const struct linktable_plan *plan, const struct linktable_env *env);

/**
 * linktable_boot_begin_in() - linktable_boot_begin() in storage the caller
 * provides (linktable_boot_start()).
 * @boot:    the boot, filled in (a static or stack object).
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration (NULL: defaults).
 */
int linktable_boot_begin_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			    const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

/**
 * linktable_boot_begin_steps_in() - linktable_boot_begin_steps() in storage
 * the caller provides (linktable_boot_start_steps()).
 * @boot:    the boot.
 * @storage: linktable_boot_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @steps:   step pointers.
 * @n:       how many.
 * @cfg:     configuration (NULL: defaults).
 */
int linktable_boot_begin_steps_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
				  const struct linktable_init_step *const *steps, linktable__size_t n,
				  const struct linktable_boot_config *cfg);

/**
 * linktable_boot_finish_in() - linktable_boot_finish() without libc: mark
 * unreached steps, write the summary through the hooks
 * (linktable_boot_close()).
 * @boot: the boot.
 * @sum:  filled with the counts, or NULL.
 */
int linktable_boot_finish_in(struct linktable_boot *boot, struct linktable_boot_summary *sum);

/**
 * linktable_boot_run_in() - linktable_boot_run() in storage the caller
 * provides: begin, every phase, finish (linktable_boot_execute()).
 * @boot:    the boot.
 * @storage: linktable_boot_table_bytes() bytes, 16-byte aligned.
 * @bytes:   its size.
 * @table:   the init table's bounds.
 * @cfg:     configuration.
 */
int linktable_boot_run_in(struct linktable_boot *boot, void *storage, linktable__size_t bytes,
			  const struct linktable_bounds *table, const struct linktable_boot_config *cfg);

#ifdef LINKTABLE_WARN_DEPRECATED
#define LTX_DEPRECATED_FOR(name) __attribute__((__deprecated__("use " #name "()")))
long linktable_plan_make(struct linktable_plan *, void *, linktable__size_t, const struct linktable_init_step *const *,
			 linktable__size_t, unsigned int, const struct linktable_plan_options *)
	LTX_DEPRECATED_FOR(linktable_plan_build_in);
long linktable_plan_make_table(struct linktable_plan *, void *, linktable__size_t, const struct linktable_bounds *,
			       unsigned int, const struct linktable_plan_options *)
	LTX_DEPRECATED_FOR(linktable_plan_build_table_in);
void linktable_plan_write(const struct linktable_plan *, const struct linktable_env *)
	LTX_DEPRECATED_FOR(linktable_plan_print_in);
int linktable_boot_start(struct linktable_boot *, void *, linktable__size_t, const struct linktable_bounds *,
			 const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_begin_in);
int linktable_boot_start_steps(struct linktable_boot *, void *, linktable__size_t,
			       const struct linktable_init_step *const *, linktable__size_t,
			       const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_begin_steps_in);
int linktable_boot_close(struct linktable_boot *, struct linktable_boot_summary *)
	LTX_DEPRECATED_FOR(linktable_boot_finish_in);
int linktable_boot_execute(struct linktable_boot *, void *, linktable__size_t, const struct linktable_bounds *,
			   const struct linktable_boot_config *) LTX_DEPRECATED_FOR(linktable_boot_run_in);
#endif

LTX_EXTERN_C_END

#endif /* LINKTABLE_INIT_H */
