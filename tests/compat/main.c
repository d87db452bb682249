/* SPDX-License-Identifier: MIT */
/* tests/compat/main.c - runs the checks of every compat header (TAP). */
#include <stdarg.h>
#include <stdio.h>
#include "compat.h"

static int points, failed;

int check(int cond, const char *fmt, ...)
{
	va_list ap;

	points++;
	failed += !cond;
	printf("%sok %d - ", cond ? "" : "not ", points);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	if (!cond) {
		/* the matrix reports the first line of stderr */
		fprintf(stderr, "compat: failed: ");
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	return cond;
}

int main(void)
{
	test_ipxe();
	test_zephyr();
	test_uboot();
	test_uboot_region();
	test_freebsd();
	test_linux();
	test_ipxe_user();
	test_zephyr_user();
	test_uboot_user();
	test_freebsd_user();
	/* after test_freebsd() and test_linux(), which run the start-up */
	test_ipxe_drv();
	test_zephyr_sub();
	test_uboot_cmd();
	test_freebsd_cons();
	test_linux_drv();
	test_ipxe_marks();
	test_uboot_ptr();
	test_zephyr_ptr();
#ifdef COMPAT_WITH_CXX
	test_cxx();
#endif
	printf("1..%d\n", points);
	return failed != 0;
}
