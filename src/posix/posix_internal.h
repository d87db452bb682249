/* SPDX-License-Identifier: MIT */
/* liblinktable's hooks, shared between its files (hidden). */
#ifndef LINKTABLE_POSIX_INTERNAL_H
#define LINKTABLE_POSIX_INTERNAL_H

#include <stddef.h>

#include <linktable/env.h>

/* mprotect(PROT_NONE) + madvise(MADV_DONTNEED); 0 or -errno. */
LTX_HIDDEN int linktable__posix_release(void *ctx, void *start, size_t len, const char *range_name);
/* Resident bytes now, or -1. */
LTX_HIDDEN long long linktable__posix_resident(void *ctx);
/* Binds and faults in what the first release uses; honours LINKTABLE_FREE_DEBUG=1. */
LTX_HIDDEN void linktable__posix_release_warm_up(size_t page_size);

#endif
