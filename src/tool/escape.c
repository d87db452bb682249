/* SPDX-License-Identifier: MIT */
/* src/tool/escape.c - untrusted bytes made safe to print (see escape.h). */
#include "escape.h"

#include <stdlib.h>
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

/* ---- The last layer: every byte the command writes ------------------------ */

/* A stream over @under that lets printable UTF-8, newlines and tabs through
 * and writes anything else in the text form (escape_one()), so nothing any
 * command prints - text, JSON, DOT, C, messages - can carry a raw control
 * character or invalid UTF-8, whatever a code path forgot.  Names are
 * escaped where they are printed too (a newline in a name must not become
 * a line): on output that is already safe this layer changes nothing. */
struct safe {
	FILE *under;
	unsigned char pending[4]; /* the start of a character cut by a write */
	size_t npending;
};

static void safe_emit(struct safe *st, const unsigned char *p, size_t n, int final)
{
	size_t at = 0;

	while (at < n) {
		unsigned long cp;
		char one[8];
		size_t used, len, run = 0;

		/* the common case in bulk: printable ASCII, newlines, tabs */
		while (at + run < n && ((p[at + run] >= 0x20 && p[at + run] < 0x7f) || p[at + run] == '\n' ||
					p[at + run] == '\t'))
			run++;
		if (run) {
			fwrite(p + at, 1, run, st->under);
			at += run;
			continue;
		}
		len = linktable_utf8_char(p + at, n - at, &cp);

		if (len == 0 && !final && n - at < 4 && (p[at] & 0xc0) == 0xc0) {
			/* perhaps a character the next write completes */
			memcpy(st->pending, p + at, n - at);
			st->npending = n - at;
			return;
		}
		if (len && !(cp < 0x20 || cp == 0x7f) && !hidden(cp)) {
			fwrite(p + at, 1, len, st->under);
			at += len;
			continue;
		}
		if (len == 0 || cp < 0x20 || cp == 0x7f) {
			fprintf(st->under, "\\x%02x", p[at]);
			at += 1;
			continue;
		}
		len = escape_one(p + at, one, &used);
		fwrite(one, 1, len, st->under);
		at += used;
	}
}

static ssize_t safe_write(void *cookie, const char *buf, size_t size)
{
	struct safe *st = cookie;
	unsigned char *joined;
	size_t n = st->npending;

	if (!n) {
		safe_emit(st, (const unsigned char *)buf, size, 0);
		return (ssize_t)size;
	}
	/* a character cut by the last write: join it to this one */
	joined = malloc(n + size);
	if (!joined)
		return -1;
	memcpy(joined, st->pending, n);
	memcpy(joined + n, buf, size);
	st->npending = 0;
	safe_emit(st, joined, n + size, 0);
	free(joined);
	return (ssize_t)size;
}

static int safe_close(void *cookie)
{
	struct safe *st = cookie;

	if (st->npending)
		safe_emit(st, st->pending, st->npending, 1);
	fflush(st->under);
	free(st);
	return 0;
}

FILE *safe_stream(FILE *under)
{
	struct safe *st = calloc(1, sizeof(*st));
	cookie_io_functions_t io = { .write = safe_write, .close = safe_close };
	FILE *f;

	if (!st)
		return under;
	st->under = under;
	f = fopencookie(st, "w", io);
	if (!f) {
		free(st);
		return under;
	}
	return f;
}
