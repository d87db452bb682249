/* SPDX-License-Identifier: MIT */
/*
 * free_registry.h - the ranges this process has released, shared by the
 * release code, linktable_free_is_released() and the debug fault handler.
 * Internal to the library; needs no libc.
 */
#ifndef LINKTABLE_CORE_FREE_REGISTRY_H
#define LINKTABLE_CORE_FREE_REGISTRY_H

#include <linktable/free.h>

/* Enough for every range of a dozen images. */
#define LINKTABLE__FREE_MAX_RELEASED 160

/**
 * struct linktable__free_released - one released range.
 * @begin:     the range's first byte.
 * @end:       one past its last byte.
 * @pages:     first released byte (page-aligned).
 * @pages_end: one past the last released byte.
 * @name:      the range's name.
 * @label:     "init" or the subarch's name.
 * @is_text:   1 for code.
 */
struct linktable__free_released {
	const char *begin;
	const char *end;
	const char *pages;
	const char *pages_end;
	const char *name;
	const char *label;
	int is_text;
};

/**
 * linktable__free_released_at() - the released range whose released pages hold
 * @addr, or NULL.  Async-signal-safe (reads a count and entries that are
 * written before the count grows).
 * @addr: any address.
 */
LTX_HIDDEN const struct linktable__free_released *linktable__free_released_at(const void *addr);

#endif /* LINKTABLE_CORE_FREE_REGISTRY_H */
