/* SPDX-License-Identifier: MIT */
/*
 * linktable/plan.h - for a planner user: the run order of the init steps
 * for one subarch, the rules it checks, and each step's verdict.
 *
 *	struct linktable_plan *plan;
 *	long errors = linktable_plan_build_table(&linktable_bounds_init_steps,
 *						 LINKTABLE_SUBARCH_XEN, NULL, &plan);
 *	for (size_t i = 0; i < plan->errors_kept; i++) {          // FILE:LINE: error: ... [rule]
 *		char line[1024];
 *		linktable_plan_error_print(plan, i, line, sizeof(line));
 *	}
 *	for (size_t k = 0; k < plan->norder; k++)                 // the run order
 *		use(plan->steps[plan->order[k]]);
 *	struct linktable_verdict v[N];                            // runs, unsupported, broken (rule), refused
 *	memset(v, 0, sizeof(v));
 *	linktable_plan_verdicts(plan, LINKTABLE_SUBARCH_PC, v);
 *	linktable_plan_free(plan);
 *
 * One verb per action; a function whose name ends in _in works in storage
 * the caller provides (no allocator: a kernel's static buffer), its twin
 * without _in allocates (liblinktable):
 *
 *	linktable_plan_build(steps, n, subarch, opts, &plan)            allocates
 *	linktable_plan_build_in(&plan, storage, bytes, steps, n, subarch, opts)
 *	linktable_plan_build_table(table, subarch, opts, &plan)         allocates
 *	linktable_plan_build_table_in(&plan, storage, bytes, table, subarch, opts)
 *	linktable_plan_print(plan, FILE *)  /  linktable_plan_print_in(plan, env)
 *
 * Storage for _in: LINKTABLE_PLAN_BYTES(nsteps, ndeps) as a constant,
 * linktable_plan_bytes() / linktable_plan_table_bytes() exactly.  struct
 * linktable_plan itself is in <linktable/step.h> (a boot holds one).
 */
#ifndef LINKTABLE_PLAN_H
#define LINKTABLE_PLAN_H

#include <linktable/step.h>

struct linktable_env;

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
 *                 (linktable_plan_build_table_in() and _build_table() only).
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
 * linktable_plan_bytes() - the exact storage linktable_plan_build_in() needs.
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
 * O(1); the boot checks it after the plan's bounds and digest, one pass
 * over its integer arrays (O(steps + dependencies)), instead of hashing
 * the table's names.
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
 * a pointer to other contents changes it), and whether the slots of the
 * subarchs not planned are empty.  "linktable seal" seals it.
 * @pre: the plan.
 *
 * Return: the digest, or 0 for a plan linktable_prebuilt_plan_problem()
 * refuses (its arrays are not read past what their bounds allow).
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
	/* Warnings (linktable_rule_severity()): a problem that does not break a boot. */
	LINKTABLE_RULE_NEVER_RUNS,        /* a step runs nowhere: each subarch it supports lacks a critical step */
	LINKTABLE_RULE_SELF_DEPENDENCY,   /* a step names itself in .after or .soft_depends */
	LINKTABLE_RULE_UNUSED_DEPENDENCY, /* an .after or soft dependency shares no subarch with its dependent */
	LINKTABLE_RULE_UNSEALED,          /* image: a build-time plan linked in but not sealed */
	LINKTABLE_RULES
};

/** How bad a broken rule is; linktable_severity_name() words it. */
enum linktable_severity {
	LINKTABLE_SEVERITY_ERROR = 0, /* the plan or the boot is refused, or the image is wrong */
	LINKTABLE_SEVERITY_WARNING,   /* the boot goes on, but the declaration is surely not what was meant */
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

/**
 * struct linktable_plan_warning - one warning: a rule of severity
 * LINKTABLE_SEVERITY_WARNING the steps break.  Nothing is refused for it.
 * @rule:  enum linktable_rule: LINKTABLE_RULE_NEVER_RUNS,
 *         _SELF_DEPENDENCY or _UNUSED_DEPENDENCY.
 * @value: never-runs: the subarchs the step supports; self- and
 *         unused-dependency: 2 for an .after list, 0 for .soft_depends.
 * @a:     the step it is about (whose file:line locates it).
 * @b:     never-runs: a critical step that lacks one of @value's subarchs;
 *         unused-dependency: the dependency; self-dependency: @a.
 */
struct linktable_plan_warning {
	unsigned int rule;
	unsigned int value;
	linktable__size_t a;
	linktable__size_t b;
};

/**
 * linktable_plan_warnings() - the warnings about the steps of @plan, in
 * step order: a step that can never run (every subarch it supports lacks a
 * critical step, so a boot there is refused), a step that names itself in
 * .after or .soft_depends (the planner ignores such an edge), an .after or
 * soft dependency that supports none of its dependent's subarchs (it never
 * orders anything).  A missing soft dependency is no warning: "first if
 * linked in" is what soft means.
 * @plan: a plan made by the planner (with or without errors).
 * @out:  where to write the first @room warnings (NULL with @room 0: count).
 * @room: records @out holds.
 *
 * O(n + e), no allocation.  Return: the number of warnings (all of them,
 * also when more than @room).
 */
linktable__size_t linktable_plan_warnings(const struct linktable_plan *plan, struct linktable_plan_warning *out,
					  linktable__size_t room);

/**
 * linktable_plan_warning_text() - one warning, in words (no location, as
 * linktable_plan_error_text()).
 * @plan: the plan.
 * @w:    a warning linktable_plan_warnings() gave for @plan.
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: its size.
 *
 * Return: the full length of the text.
 */
linktable__size_t linktable_plan_warning_text(const struct linktable_plan *plan, const struct linktable_plan_warning *w,
					      char *buf, linktable__size_t size);

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
 * linktable_rule_severity() - LINKTABLE_SEVERITY_ERROR or
 * LINKTABLE_SEVERITY_WARNING: the severity of a rule, from the core's one
 * rule table (an unknown rule is an error).
 * @rule: an enum linktable_rule value.
 */
unsigned int linktable_rule_severity(unsigned int rule);

/**
 * linktable_severity_name() - "error" or "warning", as diagnostics and JSON
 * spell it.
 * @severity: an enum linktable_severity value.
 */
const char *linktable_severity_name(unsigned int severity);

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
 * linktable_plan_find() - a step's id by name.
 * @plan: the plan.
 * @name: the step's name.
 *
 * Return: the id, or -1 if no step has that name.
 */
long linktable_plan_find(const struct linktable_plan *plan, const char *name);

/**
 * linktable_plan_build() - linktable_plan_build_in() in storage from malloc()
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
 * linktable_plan_print() - linktable_plan_print_in() to a FILE * (liblinktable).
 * @plan: the plan.
 * @file: a FILE * (void * keeps libc out of this header).
 */
void linktable_plan_print(const struct linktable_plan *plan, void *file);

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
 * linktable_plan_build_in() - plan the steps for one subarch, in storage the
 * caller provides (no allocation: usable before any allocator exists);
 * linktable_plan_build() allocates it.
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
 * table, for every subarch: duplicate names, missing hard and order-only
 * dependencies, dependencies of a higher level, hard dependencies that lack
 * a subarch their dependent supports, dependency cycles, resources, and
 * (with @opts->is_released) callbacks in released memory.  O((n + e) log n).
 * linktable_plan_warnings() then says what is suspicious but not refused.
 *
 * Return: 0; the number of errors (then @plan->errors says what and
 * @plan->norder is 0); or -1 when @storage is too small or misaligned.
 */
long linktable_plan_build_in(struct linktable_plan *plan, void *storage, linktable__size_t bytes,
			     const struct linktable_init_step *const *steps, linktable__size_t n, unsigned int subarch,
			     const struct linktable_plan_options *opts);

/**
 * linktable_plan_build_table_in() - linktable_plan_build_in() on a linked
 * table, in storage the caller provides; uses the build-time plan
 * (linktable_init_prebuilt) when one is linked in and matches the table:
 * then no planning work is done.  A plan sealed by "linktable seal" is
 * taken over after an O(1) check of its seal; an unsealed one (or one whose
 * seal is wrong) after hashing the table and comparing fingerprints
 * (@plan->prebuilt says what happened).  linktable_plan_build_table()
 * allocates the storage.
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
 * hooks instead of a FILE *: the order, dropped steps and errors, through
 * @env->write.
 * @plan: the plan.
 * @env:  the hooks.
 */
void linktable_plan_print_in(const struct linktable_plan *plan, const struct linktable_env *env);

LTX_EXTERN_C_END

#endif /* LINKTABLE_PLAN_H */
