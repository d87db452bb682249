/* SPDX-License-Identifier: MIT */
/*
 * linktable/env.h - what the freestanding core needs from the program that
 * runs it, in one hook structure.
 *
 * The core (liblinktable-core.a: subarch decision, planner, sequential
 * runner, range release, messages) uses no libc, no allocator and no
 * threads.  A kernel fills a struct linktable_env with its console and,
 * optionally, a clock, a page release and a lock; a user-space program
 * takes linktable_posix_env() from liblinktable.
 *
 *	static void con_write(void *ctx, const char *s, linktable__size_t n) { ... }
 *	static const struct linktable_env env = { .write = con_write };
 */
#ifndef LINKTABLE_ENV_H
#define LINKTABLE_ENV_H

#include <linktable/internal/toolchain.h>

/**
 * struct linktable_env - the program's hooks (only @write is needed for
 * traces; every hook may be NULL).
 * @release:   hand over [start, start + len) (whole pages) of range
 *             @range_name; return 0, or a negative errno value.  NULL: the
 *             range release functions fail with -EINVAL.
 * @resident:  bytes of memory the program holds now, or -1 if unknown
 *             (for release reports); NULL: not measured.
 * @ctx:       passed to every hook.
 * @page_size: release granularity in bytes, a power of two (0: 4096).
 * @write:     write @len bytes of text (trace lines, plan listings,
 *             reports); NULL: the core stays silent.
 * @clock_ns:  a monotonic clock in nanoseconds; NULL: every time is 0.
 * @lock:      take the lock that guards a boot's shared state (needed only
 *             when steps run on several CPUs); NULL: no locking.
 * @unlock:    release it.
 *
 * The first four fields are those of the former struct linktable_free_ops,
 * in the same order.
 */
struct linktable_env {
	int (*release)(void *ctx, void *start, linktable__size_t len, const char *range_name);
	long long (*resident)(void *ctx);
	void *ctx;
	unsigned long page_size;
	void (*write)(void *ctx, const char *text, linktable__size_t len);
	unsigned long long (*clock_ns)(void *ctx);
	void (*lock)(void *ctx);
	void (*unlock)(void *ctx);
};

LTX_EXTERN_C_BEGIN

/**
 * linktable_format() - snprintf() for the core: %s %c %d %u %x %X %p and %%,
 * with l, ll and z sizes, a width, '-' and '0' flags and a %.Ns precision.
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: size of @buf.
 * @fmt:  the format.
 * @...:  its arguments.
 *
 * Needs no libc and no division helpers, so freestanding programs can use it.
 * Return: the length of the full text (may exceed @size - 1: truncated).
 */
linktable__size_t linktable_format(char *buf, linktable__size_t size, const char *fmt, ...)
	__attribute__((__format__(__printf__, 3, 4)));

/**
 * linktable_vformat() - linktable_format() with a va_list, for a program's
 * own printf-like functions (a kernel's printk, say).
 * @buf:  where to write (always NUL-terminated when @size > 0).
 * @size: size of @buf.
 * @fmt:  the format, as for linktable_format().
 * @ap:   its arguments.
 *
 * Return: the length of the full text (may exceed @size - 1: truncated).
 */
linktable__size_t linktable_vformat(char *buf, linktable__size_t size, const char *fmt, linktable__va_list ap)
	__attribute__((__format__(__printf__, 3, 0)));

/**
 * linktable_env_printf() - format like linktable_format() and write the text
 * through @env->write (at most 1023 bytes per call; nothing if @env or its
 * write hook is NULL).
 * @env: the hooks.
 * @fmt: the format.
 * @...: its arguments.
 */
void linktable_env_printf(const struct linktable_env *env, const char *fmt, ...)
	__attribute__((__format__(__printf__, 2, 3)));

/* ---- liblinktable (user space; not in the core) ------------------------- */

/**
 * linktable_posix_env() - liblinktable's hooks for user space: the release
 * is mprotect(PROT_NONE) then madvise(MADV_DONTNEED), so the memory goes
 * back to the system and any later use faults at once; RSS from
 * /proc/self/smaps_rollup (or statm); text to stderr; CLOCK_MONOTONIC.
 */
const struct linktable_env *linktable_posix_env(void);

LTX_EXTERN_C_END

#endif /* LINKTABLE_ENV_H */
