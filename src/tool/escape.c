/* SPDX-License-Identifier: MIT */
/* src/tool/escape.c - untrusted bytes made safe to print (see escape.h). */
#include "escape.h"

#include <string.h>

#include <linktable/internal/utf8.h>

int utf8_cut(const char *s, size_t max)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t at = 0;

	while (at < max && p[at]) {
		unsigned long cp;
		size_t len = linktable_utf8_char(p + at, max - at, &cp);

		if (len == 0) {
			/* an invalid byte is one unit; a valid character cut by
			 * @max is left out whole */
			if (linktable_utf8_char(p + at, strnlen(s + at, 4), &cp) != 0)
				break;
			len = 1;
		}
		at += len;
	}
	return (int)at;
}

/* Code points shown as \uNNNN: C1 controls and the bidirectional
 * embedding, override and isolate controls. */
static int hidden(unsigned long cp)
{
	return (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) ||
	       cp == 0x200e || cp == 0x200f || cp == 0x061c || cp == 0x2028 || cp == 0x2029;
}

/* The text form of the character at @p into @out (at least 8 bytes);
 * @consumed set to the input bytes it covers.  Return: output length. */
static size_t escape_one(const unsigned char *p, char *out, size_t *consumed)
{
	unsigned long cp;
	size_t len = linktable_utf8_char(p, strnlen((const char *)p, 4), &cp);

	if (len == 0 || cp < 0x20 || cp == 0x7f) {
		*consumed = 1;
		return (size_t)snprintf(out, 8, "\\x%02x", p[0]);
	}
	*consumed = len;
	if (cp == '\\')
		return (size_t)snprintf(out, 8, "\\\\");
	if (hidden(cp))
		return (size_t)snprintf(out, 8, "\\u%04lx", cp);
	memcpy(out, p, len);
	return len;
}

const char *text_escape(const char *s, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;

	while (*p) {
		char one[8];
		size_t used, len = escape_one(p, one, &used);

		if (n + len + 4 > size) {
			memcpy(buf + n, "...", 4);
			return buf;
		}
		memcpy(buf + n, one, len);
		n += len;
		p += used;
	}
	buf[n] = 0;
	return buf;
}

void text_put(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	while (*p) {
		char one[8];
		size_t used, len = escape_one(p, one, &used);

		fwrite(one, 1, len, f);
		p += used;
	}
}
