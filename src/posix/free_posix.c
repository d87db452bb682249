/* SPDX-License-Identifier: MIT */
/*
 * free_posix.c - the user-space side of releasing memory: the release hook
 * of linktable_posix_env() (pages made inaccessible and dropped), RSS
 * measurement and printing the report.
 */
#include <linktable/free.h>

#include "posix_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/*
 * PROT_NONE first, so that any later use faults at once (and the address
 * range stays reserved: a later mmap can never land there and turn a stray
 * call into a silent success); then MADV_DONTNEED gives the pages back -
 * clean file pages are dropped from the process, dirty private pages
 * (written or relocated data) are freed.
 */
int linktable__posix_release(void *ctx, void *start, size_t len, const char *range_name)
{
	(void)ctx;
	if (mprotect(start, len, PROT_NONE) != 0) {
		int err = errno;

		fprintf(stderr, "linktable_free: mprotect(%p, %zu) for range %s: %s\n", start, len,
			range_name, strerror(err));
		return -err;
	}
	if (madvise(start, len, MADV_DONTNEED) != 0) {
		int err = errno;

		fprintf(stderr, "linktable_free: madvise(%p, %zu) for range %s: %s\n", start, len,
			range_name, strerror(err));
		return -err;
	}
	return 0;
}

/* Reads a small /proc file into @buf (NUL-terminated); its length, or -1. */
static ssize_t read_proc(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return -1;
	buf[n] = 0;
	return n;
}

long long linktable_free_rss(void)
{
	char buf[4096];
	const char *rss;
	long long pages;

	if (read_proc("/proc/self/smaps_rollup", buf, sizeof(buf)) > 0 && (rss = strstr(buf, "\nRss:")))
		return strtoll(rss + strlen("\nRss:"), NULL, 10) * 1024;
	/* older kernels: statm's second field, in pages */
	if (read_proc("/proc/self/statm", buf, sizeof(buf)) < 0 || sscanf(buf, "%*s %lld", &pages) != 1)
		return -1;
	return pages * sysconf(_SC_PAGESIZE);
}

long long linktable__posix_resident(void *ctx)
{
	(void)ctx;
	return linktable_free_rss();
}

void linktable__posix_release_warm_up(size_t page_size)
{
	static char probe;
	void *page = (void *)((uintptr_t)&probe & ~(uintptr_t)(page_size - 1));
	const char *debug = getenv("LINKTABLE_FREE_DEBUG");

	if (debug && strcmp(debug, "1") == 0)
		linktable_free_debug();
	/* Run each system call and the measurement once with no effect:
	 * their first use binds symbols and faults library pages in,
	 * which would otherwise count against the first release. */
	(void)!mprotect(page, 0, PROT_READ);
	(void)!madvise(page, 0, MADV_NORMAL);
	(void)linktable_free_rss();
}

void linktable_free_print(const struct linktable_free_report *r)
{
	char buf[4096];
	size_t n = linktable_free_format(r, buf, sizeof(buf));

	fputs(buf, stdout);
	if (n >= sizeof(buf))
		fputs("  (report truncated)\n", stdout);
	fflush(stdout);
}
