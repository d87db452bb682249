/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/write_faults.h - write_faults(): try a write in a forked
 * child, for the tests of read-only entries (test_readonly.c, shared/host.c).
 */
#ifndef LINKTABLE_TESTS_TABLES_WRITE_FAULTS_H
#define LINKTABLE_TESTS_TABLES_WRITE_FAULTS_H

#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define FAULT_EXIT 99

__attribute__((unused)) static void on_fault(int sig)
{
	(void)sig;
	_exit(FAULT_EXIT);
}

/* Writes a byte at @addr in a child; 1 if the write faulted, 0 if not, -1 if
 * the child could not run. */
__attribute__((unused)) static int write_faults(const void *addr)
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_fault;
		sigaction(SIGSEGV, &sa, NULL);
		sigaction(SIGBUS, &sa, NULL);
		*(volatile unsigned char *)(uintptr_t)addr = 0x5a;
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid)
		return -1;
	if (WIFSIGNALED(status))
		return WTERMSIG(status) == SIGSEGV || WTERMSIG(status) == SIGBUS;
	return WIFEXITED(status) && WEXITSTATUS(status) == FAULT_EXIT ? 1
	       : WIFEXITED(status) && WEXITSTATUS(status) == 0       ? 0
								      : -1;
}

#endif
