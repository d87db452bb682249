/* SPDX-License-Identifier: MIT */
/*
 * linktable/internal/utf8.h - one UTF-8 decoder for every writer that must
 * emit valid UTF-8 (the library's JSON trace, the tool's JSON and text):
 * names and messages may hold any bytes, or be cut by a length limit.
 * Internal: not part of the API.
 */
#ifndef LINKTABLE_INTERNAL_UTF8_H
#define LINKTABLE_INTERNAL_UTF8_H

/* No libc header: every linktable header compiles with -ffreestanding
 * -nostdinc.  __SIZE_TYPE__ is size_t. */

/*
 * linktable_utf8_char() - decode the UTF-8 character at @p, reading at most
 * @n bytes (a NUL ends the character).  Sets *@cp to its code point.
 * Return: its length 1..4, or 0 if the bytes are not valid UTF-8 (overlong,
 * a surrogate, beyond U+10FFFF, or cut short).
 */
static inline __SIZE_TYPE__ linktable_utf8_char(const unsigned char *p, __SIZE_TYPE__ n, unsigned long *cp)
{
	static const unsigned long min_of_len[5] = { 0, 0, 0x80, 0x800, 0x10000 };
	__SIZE_TYPE__ len, i;
	unsigned long c;

	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		c = p[0] & 0x1fu;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		c = p[0] & 0x0fu;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		c = p[0] & 0x07u;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0; /* also stops at a NUL */
		c = c << 6 | (p[i] & 0x3fu);
	}
	if (c < min_of_len[len] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

#endif /* LINKTABLE_INTERNAL_UTF8_H */
