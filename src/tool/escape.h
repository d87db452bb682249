/* SPDX-License-Identifier: MIT */
/*
 * src/tool/escape.h - untrusted bytes made safe to print.  Names and paths
 * come from the image, which may be hostile: in text and DOT output they
 * must not carry terminal escape sequences, fake line breaks or invalid
 * UTF-8, and no length limit may cut a character in half.
 *
 * Text form: valid printable UTF-8 as is; a backslash as "\\"; control
 * bytes, DEL and bytes that are not valid UTF-8 as "\xNN"; C1 controls and
 * the bidirectional overrides (which reorder what a terminal shows) as
 * "\uNNNN".
 */
#ifndef LINKTABLE_TOOL_ESCAPE_H
#define LINKTABLE_TOOL_ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/**
 * utf8_cut() - the length of the longest prefix of @s of at most @max bytes
 * that ends on a character boundary (for "%.*s").
 * @s: a NUL-terminated string.  @max: the byte limit.
 */
int utf8_cut(const char *s, size_t max);

/**
 * text_escape() - @s in the text form, in @buf (cut on a character
 * boundary, with "..." at the end, if it does not fit).
 * @s: the untrusted string.  @buf: output.  @size: its size (at least 8).
 *
 * Return: @buf.
 */
const char *text_escape(const char *s, char *buf, size_t size);

/**
 * text_put() - write @s in the text form to @f, however long.
 * @f: the stream.  @s: the untrusted string.
 */
void text_put(FILE *f, const char *s);

/**
 * safe_stream() - a stream that writes to @under with every byte that is
 * not printable UTF-8, a newline or a tab in the text form: the last
 * escaping layer, under everything the command prints.  fclose() it to
 * flush it (@under stays open).
 * @under: the real stream.
 * Return: the new stream (or @under if one cannot be made).
 */
FILE *safe_stream(FILE *under);

#endif /* LINKTABLE_TOOL_ESCAPE_H */
