/* SPDX-License-Identifier: MIT */
/*
 * tests/free/child.h - run a test scenario in a child process (releases
 * cannot be undone, and some scenarios must crash), collect its test points
 * in shared memory and its stderr through a pipe, and report them as TAP in
 * the parent.
 */
#ifndef LINKTABLE_TESTS_FREE_CHILD_H
#define LINKTABLE_TESTS_FREE_CHILD_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tap.h"

struct child_points {
	int n;
	struct {
		int ok;
		char what[200];
	} pt[48];
};

static struct child_points *child_points;

/* A test point inside the child. */
__attribute__((format(printf, 2, 3), unused)) static int cok(int cond, const char *fmt, ...)
{
	va_list ap;

	if (child_points->n < 48) {
		child_points->pt[child_points->n].ok = cond;
		va_start(ap, fmt);
		vsnprintf(child_points->pt[child_points->n].what, 200, fmt, ap);
		va_end(ap);
		child_points->n++;
	}
	return cond;
}

/**
 * struct child_result - how a child ended.
 * @status: waitpid() status.
 * @err:    its stderr (NUL-terminated, truncated to the buffer).
 */
struct child_result {
	int status;
	char err[4096];
};

/* Seconds a scenario may take before SIGALRM ends it (qemu-user and
 * valgrind are slow, but a hang must end as a failure, not a stuck run). */
#ifndef CHILD_TIMEOUT
#define CHILD_TIMEOUT 120
#endif

/* Runs fn(arg) in a child; its points become TAP points here. */
__attribute__((unused)) static void run_child(void (*fn)(void *), void *arg, struct child_result *res)
{
	int fds[2];
	ssize_t n, len = 0;
	char sink[512];
	pid_t pid;
	int i;

	if (!child_points) {
		child_points = mmap(NULL, sizeof(*child_points), PROT_READ | PROT_WRITE,
				    MAP_SHARED | MAP_ANONYMOUS, -1, 0);
		if (child_points == MAP_FAILED) {
			perror("mmap");
			_exit(2);
		}
	}
	memset(child_points, 0, sizeof(*child_points));
	memset(res, 0, sizeof(*res));
	fflush(stdout);
	if (pipe(fds) != 0) {
		perror("pipe");
		_exit(2);
	}
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 2);
		alarm(CHILD_TIMEOUT);
		fn(arg);
		fflush(stdout);
		_exit(0);
	}
	close(fds[1]);
	while (len < (ssize_t)sizeof(res->err) - 1 &&
	       (n = read(fds[0], res->err + len, sizeof(res->err) - 1 - len)) > 0)
		len += n;
	res->err[len] = 0;
	/* Drain the rest: a child blocked on a full pipe would never exit. */
	while (read(fds[0], sink, sizeof(sink)) > 0)
		;
	close(fds[0]);
	waitpid(pid, &res->status, 0);
	for (i = 0; i < child_points->n; i++)
		ok(child_points->pt[i].ok, "%s", child_points->pt[i].what);
	if (WIFSIGNALED(res->status) && WTERMSIG(res->status) == SIGALRM)
		ok(0, "scenario finished within %d s", CHILD_TIMEOUT);
}

#endif
