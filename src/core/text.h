/* SPDX-License-Identifier: MIT */
/*
 * Text helpers of the core: the few string functions it needs, written out
 * so that the core references nothing of libc but memcpy, memmove, memset
 * and memcmp.  Hidden: not part of the API, not exported by the shared
 * library.
 */
#ifndef LINKTABLE_CORE_TEXT_H
#define LINKTABLE_CORE_TEXT_H

#include <stdarg.h>

#include <linktable/env.h>

#define LINKTABLE_CORE_INTERNAL LTX_HIDDEN

/* The only library functions the core calls (a freestanding program
 * provides them; the compiler may emit calls to them anyway). */
void *memcpy(void *dst, const void *src, linktable__size_t n);
void *memmove(void *dst, const void *src, linktable__size_t n);
void *memset(void *dst, int c, linktable__size_t n);
int memcmp(const void *a, const void *b, linktable__size_t n);

LINKTABLE_CORE_INTERNAL linktable__size_t linktable__strlen(const char *s);
LINKTABLE_CORE_INTERNAL int linktable__strcmp(const char *a, const char *b);
/* ASCII case-insensitive equality. */
LINKTABLE_CORE_INTERNAL int linktable__strcaseeq(const char *a, const char *b);

/* *v /= 10, returning the remainder; *v /= 10^k, returning the remainder
 * (no 64-bit division: libgcc's helpers are not there on 32-bit targets). */
LINKTABLE_CORE_INTERNAL unsigned int linktable__div10(unsigned long long *v);
LINKTABLE_CORE_INTERNAL unsigned long long linktable__divpow10(unsigned long long *v, unsigned int k);

/* Text that grows into a fixed buffer, always NUL-terminated; @len counts
 * what would have been written. */
struct linktable__out {
	char *buf;
	linktable__size_t size, len;
};

LINKTABLE_CORE_INTERNAL void linktable__out_printf(struct linktable__out *o, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* "pc, xen", "all" or "all except xen" for a subarch mask, into @buf. */
LINKTABLE_CORE_INTERNAL const char *linktable__subarch_mask_names(unsigned int mask, char *buf,
								  linktable__size_t size);

#endif
