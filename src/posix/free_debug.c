/* SPDX-License-Identifier: MIT */
/*
 * free_debug.c - debug mode: a use of released memory is reported by name
 * instead of as a bare segmentation fault.
 */
#include <linktable/free.h>

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <ucontext.h>
#include <unistd.h>

#include "../core/free_registry.h"

static struct sigaction previous;
static int installed;
/* The fault may come from a call that overflowed the stack: own stack. */
static char alt_stack[64 * 1024] __attribute__((aligned(16)));

#define MSG_MAX 512

/* Appends @s, cut short to leave room for the rest of the message. */
static size_t append(char *buf, size_t len, const char *s)
{
	size_t n = strlen(s);

	if (n > MSG_MAX / 8)
		n = MSG_MAX / 8;
	memcpy(buf + len, s, n);
	return len + n;
}

static size_t append_hex(char *buf, size_t len, uintptr_t v)
{
	char tmp[2 * sizeof(v)];
	int n = 0;

	do
		tmp[n++] = "0123456789abcdef"[v & 15];
	while ((v >>= 4) != 0);
	len = append(buf, len, "0x");
	while (n > 0)
		buf[len++] = tmp[--n];
	return len;
}

/* Instruction fetch from the faulting address: a call (or jump) into it. */
static int is_fetch(const siginfo_t *si, const void *uc, int is_text)
{
#if defined(__x86_64__)
	const ucontext_t *u = uc;

	(void)is_text;
	return (uintptr_t)u->uc_mcontext.gregs[REG_RIP] == (uintptr_t)si->si_addr;
#else
	(void)si;
	(void)uc;
	return is_text;
#endif
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	const struct linktable__free_released *r = linktable__free_released_at(si->si_addr);
	char msg[MSG_MAX]; /* 6 appends of at most MSG_MAX / 8, and a number */
	size_t len = 0;

	if (!r) {
		/* not ours: the fault repeats under the previous handler */
		sigaction(sig, &previous, NULL);
		return;
	}
	len = append(msg, len, is_fetch(si, uc, r->is_text) ? "call into freed " : "access to freed ");
	len = append(msg, len, r->label);
	len = append(msg, len, " memory at ");
	len = append_hex(msg, len, (uintptr_t)si->si_addr);
	len = append(msg, len, " (range ");
	len = append(msg, len, r->name);
	len = append(msg, len, ")\n");
	if (write(STDERR_FILENO, msg, len) < 0)
		len = 0; /* nothing better to do: exit anyway */
	_exit(LINKTABLE_FREE_FAULT_EXIT);
}

int linktable_free_debug(void)
{
	struct sigaction sa;
	stack_t ss;

	if (installed)
		return 0;
	ss.ss_sp = alt_stack;
	ss.ss_size = sizeof(alt_stack);
	ss.ss_flags = 0;
	if (sigaltstack(&ss, NULL) != 0)
		return -errno;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, &previous) != 0)
		return -errno;
	installed = 1;
	return 0;
}
