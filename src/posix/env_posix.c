/* SPDX-License-Identifier: MIT */
/*
 * linktable_posix_env(): the core's hooks for a user-space program - text
 * to stderr, CLOCK_MONOTONIC, a process-wide lock, and the page release.
 */
#include <pthread.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

#include "posix_internal.h"

static void write_stderr(void *ctx, const char *text, size_t len)
{
	(void)ctx;
	fwrite(text, 1, len, stderr);
}

static unsigned long long monotonic_ns(void *ctx)
{
	struct timespec ts;

	(void)ctx;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

static pthread_mutex_t env_lock = PTHREAD_MUTEX_INITIALIZER;

static void lock(void *ctx)
{
	(void)ctx;
	pthread_mutex_lock(&env_lock);
}

static void unlock(void *ctx)
{
	(void)ctx;
	pthread_mutex_unlock(&env_lock);
}

static struct linktable_env env = {
	linktable__posix_release, linktable__posix_resident, NULL, 0, write_stderr, monotonic_ns, lock, unlock,
};
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void init(void)
{
	env.page_size = (unsigned long)sysconf(_SC_PAGESIZE);
	linktable__posix_release_warm_up(env.page_size);
}

const struct linktable_env *linktable_posix_env(void)
{
	pthread_once(&once, init);
	return &env;
}
