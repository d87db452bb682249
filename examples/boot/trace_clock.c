/* SPDX-License-Identifier: MIT */
/*
 * The demo runs several boots in one process, one after the other.  A
 * boot's trace stamps count from that boot's start; printed one after the
 * other they would run backwards at each new boot.  This write hook moves
 * each boot's stamps by when the boot began, so the demo's log reads as
 * one clock from the demo's start.  Each boot runs in a child process (its
 * memory is given back): the start is taken before main(), in the parent.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "demo.h"

static struct {
	FILE *out;
	unsigned long long first_ns;  /* the clock when the demo started */
	unsigned long long offset_ns; /* this boot's start, from then */
	pthread_mutex_t lock;
	struct linktable_env env;
} trace = { .lock = PTHREAD_MUTEX_INITIALIZER };

static unsigned long long monotonic_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* Only the clock here: liblinktable's hooks warm up the release in the
 * process that releases (each boot's child), not before the fork. */
__attribute__((constructor)) static void trace_clock_start(void)
{
	trace.first_ns = monotonic_ns();
}

static void trace_write(void *ctx, const char *text, linktable__size_t len)
{
	unsigned long long sec, usec;
	char stamp[64];
	int end;

	(void)ctx;
	/* a write that opens with a stamp, "[%5llu.%06llu] " */
	end = 0;
	if (len > 2 && text[0] == '[' && sscanf(text, "[%llu.%6llu] %n", &sec, &usec, &end) == 2 && end > 0 &&
	    (linktable__size_t)end <= len && text[end - 2] == ']') {
		unsigned long long us = sec * 1000000ull + usec + trace.offset_ns / 1000u;
		int n = snprintf(stamp, sizeof(stamp), "[%5llu.%06llu] ", us / 1000000u, us % 1000000u);

		fwrite(stamp, 1, (size_t)n, trace.out);
		text += end;
		len -= (linktable__size_t)end;
	}
	fwrite(text, 1, len, trace.out);
}

static void trace_lock(void *ctx)
{
	(void)ctx;
	pthread_mutex_lock(&trace.lock);
}

static void trace_unlock(void *ctx)
{
	(void)ctx;
	pthread_mutex_unlock(&trace.lock);
}

const struct linktable_env *demo_trace_env(FILE *out)
{
	const struct linktable_env *posix = linktable_posix_env();

	trace.out = out;
	trace.offset_ns = monotonic_ns() - trace.first_ns;
	trace.env = *posix;
	trace.env.ctx = NULL;
	trace.env.write = trace_write;
	trace.env.lock = trace_lock;
	trace.env.unlock = trace_unlock;
	trace.env.release = NULL; /* the demo releases memory itself (freed.c) */
	trace.env.resident = NULL;
	return &trace.env;
}
