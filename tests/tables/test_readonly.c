/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_readonly.c - table entries are in read-only memory: a
 * write through a cast faults.  Built twice by module.mk: as a PIE (the
 * default here) and with -fno-pie -no-pie.
 *
 * Pointer-holding entries in a PIE are the documented exception (see
 * LINKTABLE_ENTRY()): the dynamic loader writes their relocated pointers at
 * start-up, so they sit in writable memory; the test reports what it sees.
 */
#include <signal.h>
#include <stdint.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../tap.h"
#include <linktable/linktable.h>

struct plain_entry {
	int a, b;
};
struct pointer_entry {
	const char *s;
};
LINKTABLE_DEFINE(struct plain_entry, ro_plain);
LINKTABLE_DEFINE(struct pointer_entry, ro_pointer);
LINKTABLE_ENTRY(ro_plain, 3, plain_one) = { 1, 2 };
LINKTABLE_ENTRY(ro_pointer, 3, pointer_one) = { "text" };

static int writable_control = 1;

#define FAULT_EXIT 99

static void on_fault(int sig)
{
	(void)sig;
	_exit(FAULT_EXIT);
}

/* Writes a byte at @addr in a child; 1 if the write faulted, 0 if not, -1 if
 * the child could not run. */
static int write_faults(const void *addr)
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

int main(void)
{
	const struct plain_entry *p;
	const struct pointer_entry *q;
	int pointer_fault;
#ifdef __PIE__
	const char *image = "PIE";
#else
	const char *image = "non-PIE";
#endif

	LINKTABLE_FOREACH(p, ro_plain)
		break;
	LINKTABLE_FOREACH(q, ro_pointer)
		break;
	ok(p && p->b == 2 && q && q->s[0] == 't', "%s: the entries are there", image);
	is_int(write_faults(&writable_control), 0, "control: a write to a writable global does not fault");
	is_int(write_faults(p), 1, "pointer-free entry: a write faults");
	pointer_fault = write_faults(q);
#ifdef __PIE__
	ok(pointer_fault >= 0, "pointer entry: the write test ran");
	diag("PIE: a write to a pointer-holding entry %s (documented: writable, the loader relocates it)",
	     pointer_fault ? "faults" : "does not fault");
#else
	is_int(pointer_fault, 1, "non-PIE: pointer entry: a write faults");
#endif
	is_int(p->a + p->b, 3, "the failed writes changed nothing here");
	return tap_done();
}
