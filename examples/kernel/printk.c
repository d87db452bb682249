/* SPDX-License-Identifier: MIT */
/*
 * printk.c - formatted output to the console: the subset of printf a
 * kernel log needs (%s %c %d %i %u %x %X %p, l/ll/z, width, '0' and '-').
 */
#include "kernel.h"

struct out {
	char *buf;
	size_t size, len;
};

static void put(struct out *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void put_padded(struct out *o, const char *s, size_t n, unsigned int width, int left, char pad)
{
	size_t fill = width > n ? width - n : 0;

	if (!left && pad == '0' && n && (*s == '-')) {
		put(o, *s++);
		n--;
	}
	for (; !left && fill; fill--)
		put(o, pad);
	while (n--)
		put(o, *s++);
	for (; left && fill; fill--)
		put(o, ' ');
}

static size_t number(char *tmp, unsigned long long v, unsigned int base, int upper, int neg)
{
	const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	char rev[24];
	size_t n = 0, i = 0;

	do {
		rev[n++] = digits[v % base];
		v /= base;
	} while (v);
	if (neg)
		tmp[i++] = '-';
	while (n)
		tmp[i++] = rev[--n];
	return i;
}

int kvsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct out o = { buf, size, 0 };
	char tmp[32];

	for (; *fmt; fmt++) {
		unsigned int width = 0, lng = 0;
		int left = 0;
		char pad = ' ';

		if (*fmt != '%') {
			put(&o, *fmt);
			continue;
		}
		fmt++;
		for (;; fmt++) {
			if (*fmt == '-')
				left = 1;
			else if (*fmt == '0')
				pad = '0';
			else
				break;
		}
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (unsigned int)(*fmt++ - '0');
		while (*fmt == 'l' || *fmt == 'z') {
			lng++;
			fmt++;
		}
		switch (*fmt) {
		case 'c':
			tmp[0] = (char)va_arg(ap, int);
			put_padded(&o, tmp, 1, width, left, ' ');
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			size_t n = 0;

			if (!s)
				s = "(null)";
			while (s[n])
				n++;
			put_padded(&o, s, n, width, left, ' ');
			break;
		}
		case 'd':
		case 'i': {
			long long v = lng ? va_arg(ap, long long) : va_arg(ap, int);
			unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;

			put_padded(&o, tmp, number(tmp, u, 10, 0, v < 0), width, left, pad);
			break;
		}
		case 'u':
		case 'x':
		case 'X': {
			unsigned long long v = lng ? va_arg(ap, unsigned long long) : va_arg(ap, unsigned int);

			put_padded(&o, tmp, number(tmp, v, *fmt == 'u' ? 10 : 16, *fmt == 'X', 0), width, left, pad);
			break;
		}
		case 'p': {
			size_t n;

			tmp[0] = '0';
			tmp[1] = 'x';
			n = number(tmp + 2, (uintptr_t)va_arg(ap, void *), 16, 0, 0);
			put_padded(&o, tmp, n + 2, width, left, ' ');
			break;
		}
		case '%':
			put(&o, '%');
			break;
		default: /* unknown conversion: show it, do not guess its argument */
			put(&o, '%');
			if (!*fmt)
				goto done;
			put(&o, *fmt);
		}
	}
done:
	if (size)
		buf[o.len < size ? o.len : size - 1] = 0;
	return (int)o.len;
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
