/* SPDX-License-Identifier: MIT */
/*
 * printk.c - formatted output to the console, through the core's
 * linktable_vformat() (%s %c %d %i %u %x %X %p, l/ll/z, width, '0' and '-').
 */
#include <linktable/env.h>

#include "kernel.h"

/* The core's formatter: one printf for the library and the kernel. */
int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	return (int)linktable_vformat(buf, size, fmt, ap);
}

int ksnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = kvsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

static void vprintk(const char *prefix, const char *fmt, va_list ap)
{
	char buf[512];
	size_t n = 0;
	int len;

	while (prefix[n])
		n++;
	memcpy(buf, prefix, n);
	len = kvsnprintf(buf + n, sizeof(buf) - n, fmt, ap);
	n += (size_t)len < sizeof(buf) - n ? (size_t)len : sizeof(buf) - n - 1;
	console_write(buf, n);
}

void printk(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintk("", fmt, ap);
	va_end(ap);
}

void tprintk(const char *fmt, ...)
{
	char prefix[32];
	va_list ap;

	/* Time since the entry; from the start of the init run, the core's
	 * time 0, so that its lines and ours share one clock. */
	uint64_t ns = ns_since_entry() - boot.time_origin;

	ksnprintf(prefix, sizeof(prefix), "[%5llu.%06llu] ", (unsigned long long)(ns / 1000000000u),
		  (unsigned long long)(ns / 1000u % 1000000u));
	va_start(ap, fmt);
	vprintk(prefix, fmt, ap);
	va_end(ap);
}
