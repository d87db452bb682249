/* SPDX-License-Identifier: MIT */
/* tests/compat/users/tap.h - TAP output for the users programs that print
 * it with ok() and done_testing(): included by one file of each program. */
#ifndef USERS_TAP_H
#define USERS_TAP_H
#include <stdarg.h>
#include <stdio.h>

static int tap_count, tap_failed;

__attribute__((__format__(__printf__, 2, 3))) static inline void ok(int cond, const char *fmt, ...)
{
	va_list ap;

	printf("%sok %d - ", cond ? "" : "not ", ++tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	tap_failed += !cond;
}

static inline int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed != 0;
}
#endif
