/* SPDX-License-Identifier: MIT */
/* A header that defines a static element: one per file that includes it. */
#ifndef ZEPHYR_SHELL_HDR_SEM_H
#define ZEPHYR_SHELL_HDR_SEM_H
#include "kernel.h"
static STRUCT_SECTION_ITERABLE(k_sem, local_sem) = { .count = 0, .limit = 1, .name = "local_sem" };
#endif
