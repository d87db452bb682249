/* SPDX-License-Identifier: MIT */
/*
 * A small printf for the core (traces, plan errors, release reports).  Only
 * shifts, adds and multiplies by constants: 64-bit division would pull in
 * libgcc's __udivdi3 on 32-bit targets.
 */
#include <linktable/env.h>

#include "text.h"

linktable__size_t linktable__strlen(const char *s)
{
	linktable__size_t n = 0;

	while (s[n])
		n++;
	return n;
}

int linktable__strcmp(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return (unsigned char)*a - (unsigned char)*b;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

int linktable__strcaseeq(const char *a, const char *b)
{
	while (*a && lower(*a) == lower(*b))
		a++, b++;
	return lower(*a) == lower(*b);
}

/* v /= 10, returning the remainder (Hacker's Delight, divu10). */
unsigned int linktable__div10(unsigned long long *v)
{
	unsigned long long n = *v, q, r;

	q = (n >> 1) + (n >> 2);
	q += q >> 4;
	q += q >> 8;
	q += q >> 16;
	q += q >> 32;
	q >>= 3;
	r = n - ((q << 3) + (q << 1));
	if (r > 9) {
		q++;
		r -= 10;
	}
	*v = q;
	return (unsigned int)r;
}

unsigned long long linktable__divpow10(unsigned long long *v, unsigned int k)
{
	unsigned long long rem = 0, scale = 1;

	while (k--) {
		rem += linktable__div10(v) * scale;
		scale *= 10;
	}
	return rem;
}

struct sink {
	char *buf;
	linktable__size_t size, len;
};

static void put(struct sink *s, char c)
{
	if (s->len + 1 < s->size)
		s->buf[s->len] = c;
	s->len++;
}

static void pad(struct sink *s, char c, long n)
{
	while (n-- > 0)
		put(s, c);
}

/* One field: @text of @len bytes, padded to @width. */
static void field(struct sink *s, const char *text, linktable__size_t len, long width, int left, char fill)
{
	linktable__size_t i = 0;

	if (!left && fill == '0' && len && (text[0] == '-')) {
		put(s, '-'); /* the sign goes before zero padding */
		i = 1;
		width--;
	}
	if (!left)
		pad(s, fill, width - (long)len + (long)i);
	for (; i < len; i++)
		put(s, text[i]);
	if (left)
		pad(s, ' ', width - (long)len);
}

static linktable__size_t number(char *tmp, unsigned long long v, int hex, int negative)
{
	char rev[24];
	linktable__size_t n = 0, len = 0;

	do {
		if (hex) {
			rev[n++] = (hex > 1 ? "0123456789ABCDEF" : "0123456789abcdef")[v & 15];
			v >>= 4;
		} else {
			rev[n++] = (char)('0' + linktable__div10(&v));
		}
	} while (v);
	if (negative)
		tmp[len++] = '-';
	while (n)
		tmp[len++] = rev[--n];
	return len;
}

linktable__size_t linktable_vformat(char *buf, linktable__size_t size, const char *fmt, linktable__va_list ap)
{
	struct sink s = { buf, size, 0 };

	for (; *fmt; fmt++) {
		int left = 0, lng = 0, hex = 0;
		long width = 0, prec = -1;
		char fill = ' ', tmp[32];
		unsigned long long u;
		long long d;
		const char *str;
		linktable__size_t len;

		if (*fmt != '%') {
			put(&s, *fmt);
			continue;
		}
		for (fmt++; *fmt == '-' || *fmt == '0'; fmt++)
			if (*fmt == '-')
				left = 1;
			else
				fill = '0';
		for (; *fmt >= '0' && *fmt <= '9'; fmt++)
			width = width * 10 + (*fmt - '0');
		if (*fmt == '.')
			for (prec = 0, fmt++; *fmt >= '0' && *fmt <= '9'; fmt++)
				prec = prec * 10 + (*fmt - '0');
		/*
		 * 'z' is size_t and 'l' long, whose widths differ from long long
		 * on 32-bit targets: read each argument at its own width.
		 */
		for (; *fmt == 'l' || *fmt == 'z'; fmt++)
			lng = *fmt == 'z' ? 3 : lng + 1;
		switch (*fmt) {
		case 'd':
		case 'i':
			d = lng == 3   ? (long long)(__PTRDIFF_TYPE__)va_arg(ap, linktable__size_t)
			    : lng == 2 ? va_arg(ap, long long)
			    : lng      ? va_arg(ap, long)
				       : va_arg(ap, int);
			u = d < 0 ? 0ull - (unsigned long long)d : (unsigned long long)d;
			len = number(tmp, u, 0, d < 0);
			field(&s, tmp, len, width, left, fill);
			break;
		case 'x':
		case 'X':
			hex = *fmt == 'X' ? 2 : 1; /* 2: upper-case digits */
			/* fall through */
		case 'u':
			u = lng == 3   ? va_arg(ap, linktable__size_t)
			    : lng == 2 ? va_arg(ap, unsigned long long)
			    : lng      ? va_arg(ap, unsigned long)
				       : va_arg(ap, unsigned int);
			len = number(tmp, u, hex, 0);
			field(&s, tmp, len, width, left, fill);
			break;
		case 'p':
			tmp[0] = '0';
			tmp[1] = 'x';
			len = 2 + number(tmp + 2, (linktable__uintptr_t)va_arg(ap, void *), 1, 0);
			field(&s, tmp, len, width, left, ' ');
			break;
		case 'c':
			tmp[0] = (char)va_arg(ap, int);
			field(&s, tmp, 1, width, left, ' ');
			break;
		case 's':
			str = va_arg(ap, const char *);
			if (!str)
				str = "(null)";
			for (len = 0; str[len] && (prec < 0 || (long)len < prec); len++)
				;
			field(&s, str, len, width, left, ' ');
			break;
		case '%':
			put(&s, '%');
			break;
		default: /* unknown conversion: show it, never read an argument */
			put(&s, '%');
			if (!*fmt)
				fmt--;
			else
				put(&s, *fmt);
		}
	}
	if (size)
		buf[s.len < size ? s.len : size - 1] = 0;
	return s.len;
}

linktable__size_t linktable_format(char *buf, linktable__size_t size, const char *fmt, ...)
{
	linktable__size_t n;
	va_list ap;

	va_start(ap, fmt);
	n = linktable_vformat(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

void linktable__out_printf(struct linktable__out *o, const char *fmt, ...)
{
	linktable__size_t room = o->len < o->size ? o->size - o->len : 0;
	va_list ap;

	va_start(ap, fmt);
	o->len += linktable_vformat(room ? o->buf + o->len : (char *)0, room, fmt, ap);
	va_end(ap);
}

void linktable_env_printf(const struct linktable_env *env, const char *fmt, ...)
{
	char line[1024];
	linktable__size_t n;
	va_list ap;

	if (!env || !env->write)
		return;
	va_start(ap, fmt);
	n = linktable_vformat(line, sizeof(line), fmt, ap);
	va_end(ap);
	env->write(env->ctx, line, n < sizeof(line) ? n : sizeof(line) - 1);
}
