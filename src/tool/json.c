/* SPDX-License-Identifier: MIT */
/* src/tool/json.c - the streaming JSON writer (see json.h). */
#include "json.h"
#include "escape.h"

#include <string.h>

#include <linktable/internal/utf8.h>

void json_init(struct json *j, FILE *f)
{
	j->f = f;
	j->depth = 0;
	j->count[0] = 0;
}

/* A JSON string is valid UTF-8 whatever @s holds: control characters as
 * \uNNNN, bytes that are not UTF-8 as the six characters \\xNN (the text
 * form of escape.h), never cut inside a character. */
static void escaped(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	fputc('"', f);
	while (*p) {
		unsigned long cp;
		size_t len = linktable_utf8_char(p, strnlen((const char *)p, 4), &cp);

		if (len == 0) {
			fprintf(f, "\\\\x%02x", *p++);
			continue;
		}
		if (cp == '"' || cp == '\\')
			fprintf(f, "\\%c", (int)cp);
		else if (cp == '\n')
			fputs("\\n", f);
		else if (cp == '\t')
			fputs("\\t", f);
		else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp <= 0x9f) || cp == 0x2028 || cp == 0x2029)
			fprintf(f, "\\u%04lx", cp);
		else
			fwrite(p, 1, len, f);
		p += len;
	}
	fputc('"', f);
}

/* Comma, indentation and key before a value. */
static void begin_value(struct json *j, const char *key)
{
	if (j->count[j->depth]++)
		fputc(',', j->f);
	if (j->depth) {
		fputc('\n', j->f);
		for (int i = 0; i < j->depth; i++)
			fputs("  ", j->f);
	}
	if (key) {
		escaped(j->f, key);
		fputs(": ", j->f);
	}
}

static void open_(struct json *j, const char *key, char open, char close)
{
	begin_value(j, key);
	fputc(open, j->f);
	/* Deeper nesting than the schemas use is a programming error. */
	if (j->depth + 1 < JSON_MAX_DEPTH)
		j->depth++;
	j->count[j->depth] = 0;
	j->close[j->depth] = close;
}

void json_obj(struct json *j, const char *key)
{
	open_(j, key, '{', '}');
}

void json_arr(struct json *j, const char *key)
{
	open_(j, key, '[', ']');
}

void json_end(struct json *j)
{
	int had = j->count[j->depth];
	char c = j->close[j->depth];

	if (j->depth > 0)
		j->depth--;
	if (had) {
		fputc('\n', j->f);
		for (int i = 0; i < j->depth; i++)
			fputs("  ", j->f);
	}
	fputc(c, j->f);
	if (j->depth == 0)
		fputc('\n', j->f);
}

void json_str(struct json *j, const char *key, const char *s)
{
	begin_value(j, key);
	if (s)
		escaped(j->f, s);
	else
		fputs("null", j->f);
}

void json_u64(struct json *j, const char *key, uint64_t v)
{
	begin_value(j, key);
	fprintf(j->f, "%llu", (unsigned long long)v);
}

void json_bool(struct json *j, const char *key, int v)
{
	begin_value(j, key);
	fputs(v ? "true" : "false", j->f);
}

void json_hex(struct json *j, const char *key, uint64_t v)
{
	begin_value(j, key);
	fprintf(j->f, "\"0x%llx\"", (unsigned long long)v);
}

void json_i64(struct json *j, const char *key, int64_t v)
{
	begin_value(j, key);
	fprintf(j->f, "%lld", (long long)v);
}
