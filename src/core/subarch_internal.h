/* SPDX-License-Identifier: MIT */
/*
 * The decision's steps, shared with liblinktable's detection (which puts
 * the environment and the zero page file between them).
 */
#ifndef LINKTABLE_CORE_SUBARCH_INTERNAL_H
#define LINKTABLE_CORE_SUBARCH_INTERNAL_H

#include <linktable/subarch.h>

#include "text.h"

/* Appends "; " and a formatted note to d->reason. */
LINKTABLE_CORE_INTERNAL void linktable__subarch_note(struct linktable_subarch_decision *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Empties @d: pc, by default. */
LINKTABLE_CORE_INTERNAL void linktable__subarch_reset(struct linktable_subarch_decision *d);
/* Rule 1, opts->subarch set: 0, or -1 when it names no subarch. */
LINKTABLE_CORE_INTERNAL int linktable__subarch_override(const struct linktable_subarch_detect_options *opts,
							struct linktable_subarch_decision *d);
/* Rule 2 on @len bytes of a zero page named @what: 1 when it decided. */
LINKTABLE_CORE_INTERNAL int linktable__subarch_from_zero_page(const unsigned char *zp, linktable__size_t len,
							      const char *what, struct linktable_subarch_decision *d);
/* Rules 2 (in memory), 3 and 4. */
LINKTABLE_CORE_INTERNAL int linktable__subarch_after_env(const struct linktable_subarch_detect_options *opts,
							 struct linktable_subarch_decision *d);

#endif
