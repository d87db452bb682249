/* SPDX-License-Identifier: MIT */
/*
 * linktable/init.h - init steps: subarch-annotated, dependency-ordered init
 * through one common path.
 *
 * (Skeleton: the init framework issue completes this header.  The layout of
 * struct linktable_init_step is the contract the linktable tool decodes with
 * offsetof(); change fields here, never by hand elsewhere.)
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

/** Step flags. */
#define LINKTABLE_INIT_FINISH_IF_DETECTED 0x1u /* first detected step ends its level */
#define LINKTABLE_INIT_CRITICAL 0x2u           /* failure stops the boot */
#define LINKTABLE_INIT_PARALLEL_SAFE 0x4u      /* may run beside other ready steps */

struct linktable_boot; /* the run in progress, passed to every callback */

typedef int (*linktable_init_fn)(struct linktable_boot *boot);

/**
 * struct linktable_init_step - one init step, an entry of the init table.
 * @name:         unique name (also the step's symbol).
 * @file:         source file that declared the step.
 * @line:         line in @file.
 * @level:        order level, 0..99 (also the table level).
 * @flags:        LINKTABLE_INIT_* flags.
 * @subarchs:     the subarchs the step supports; never empty.
 * @depends:      hard dependencies by name, NULL-terminated (or NULL).
 * @soft_depends: soft dependencies by name, NULL-terminated (or NULL).
 * @detect:       whether the feature is needed here (NULL: always).
 * @phase:        callback per phase (NULL: nothing to do in that phase);
 *                early_init, setup_arch and late_init name the first three.
 *
 * Read-only: run-time state lives in struct linktable_boot.
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

#endif /* LINKTABLE_INIT_H */
