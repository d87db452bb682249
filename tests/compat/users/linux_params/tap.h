/* SPDX-License-Identifier: MIT */
/* tests/compat/users/linux_params/tap.h - TAP output for this program. */
#ifndef LINUX_PARAMS_TAP_H
#define LINUX_PARAMS_TAP_H
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
