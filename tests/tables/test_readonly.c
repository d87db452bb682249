/* SPDX-License-Identifier: MIT */
/*
 * tests/tables/test_readonly.c - where entries live, as LINKTABLE_ENTRY()
 * documents it.  Built twice by module.mk: with -fno-pie -no-pie, where
 * every entry is in read-only memory and a write through a cast faults; and
 * as a PIE (the default here), where position-independent code puts every
 * entry, with or without pointers, in the writable "_rw" part of its level
 * (the loader may have to relocate it, and one section name must carry one
 * set of flags).  The entries of a relative table need no relocation and
 * are read-only in both.  Each write is tried in a forked child.
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

typedef int (*rel_fn)(void);
LINKTABLE_REL_DEFINE(rel_fn, ro_rel);
int rel_one(void);
int rel_one(void)
{
	return 42;
}
LINKTABLE_REL_ENTRY(ro_rel, 3, rel_one);

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
	const struct linktable_bounds *rel = &linktable_bounds_ro_rel;
	const char *rel_entry;
	rel_fn f = NULL;
#ifdef __PIE__
	const char *image = "PIE";
#else
	const char *image = "non-PIE";
#endif

	LINKTABLE_FOREACH(p, ro_plain)
		break;
	LINKTABLE_FOREACH(q, ro_pointer)
		break;
	LINKTABLE_REL_FOREACH(f, ro_rel)
		break;
	__asm__("" : "+r"(rel));
	rel_entry = rel->level[2 * 3].begin;
	ok(p && p->b == 2 && q && q->s[0] == 't', "%s: the entries are there", image);
	ok(f && f() == 42 && rel_entry, "%s: the relative entry is there and leads to its function", image);
	is_int(write_faults(rel_entry), 1, "a write to a relative entry faults (no relocation: read-only in any image)");
	is_int(write_faults(&writable_control), 0, "control: a write to a writable global does not fault");
#ifdef __PIE__
	is_int(write_faults(p), 0, "PIE: a pointer-free entry is in writable memory (the _rw part)");
	is_int(write_faults(q), 0, "PIE: a pointer entry is in writable memory (the _rw part)");
#else
	is_int(write_faults(p), 1, "non-PIE: a write to a pointer-free entry faults");
	is_int(write_faults(q), 1, "non-PIE: a write to a pointer entry faults");
#endif
	is_int(p->a + p->b, 3, "the children's writes left this process's entries alone");
	return tap_done();
}
