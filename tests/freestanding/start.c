/* SPDX-License-Identifier: MIT */
/*
 * tests/freestanding/start.c - a table in a program with no libc at all
 * (-ffreestanding -nostdlib -static, x86-64 Linux): its own _start, and an
 * exit through the exit system call.
 *
 * Exit status: the number of entries (5) when they come in level order with
 * their contents intact; 100 + the position of the first bad entry if not.
 */
#include "counters.h"
#include "entry.h"

LINKTABLE_DEFINE(struct counter, counters);
LINKTABLE_ENTRY(counters, 7, seven) = { 7, 1 };
LINKTABLE_ENTRY(counters, 99, last) = { 99, 1 };
LINKTABLE_ENTRY(counters, 12, twelve) = { 12, 1 };

__attribute__((used, noreturn)) static void start_c(void)
{
	const struct counter *c;
	unsigned int prev = 0, n = 0;

	LINKTABLE_FOREACH(c, counters) {
		if (c->level < prev || c->weight != 1)
			sys_exit(100 + (int)n);
		prev = c->level;
		n++;
	}
	if (n != LINKTABLE_COUNT(counters))
		sys_exit(99);
	sys_exit((int)n);
}
