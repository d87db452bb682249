/* SPDX-License-Identifier: MIT */
/* liblinktable's additions to the core's boot: the parallel runner. */
#ifndef LINKTABLE_POSIX_BOOT_POSIX_H
#define LINKTABLE_POSIX_BOOT_POSIX_H

#include "../core/boot_internal.h"

/* Runs one phase with parallel-safe steps on worker threads. */
LTX_HIDDEN void linktable__boot_run_phase_parallel(struct linktable_boot *b, unsigned int phase);

#endif
