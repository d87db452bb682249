/* SPDX-License-Identifier: MIT */
/*
 * cmdline.c - the kernel command line from the zero page (cmd_line_ptr),
 * and "key=value" lookup.  Parsing is init-only; boot.cmdline keeps a copy
 * of the line in ordinary data.
 */
#include <linktable/free.h>

#include "kernel.h"

static char cmdline_copy[1024];

/* Copies the zero page's command line (bounded: the loader's memory is
 * not trusted to be terminated). */
LINKTABLE_INIT_TEXT
void cmdline_init(const struct boot_params *zp)
{
	const char *p = (const char *)(uintptr_t)zp_get(zp, ZP_CMD_LINE_PTR, 4);
	size_t n = 0;

	if (p)
		while (n + 1 < sizeof(cmdline_copy) && p[n]) {
			char c = p[n];

			cmdline_copy[n++] = (c >= 0x20 && c < 0x7f) ? c : '?';
		}
	cmdline_copy[n] = 0;
	boot.cmdline = cmdline_copy;
}

/* The value of @key ("linktable.test") in boot.cmdline, copied to @buf,
 * or NULL when the key is absent. */
LINKTABLE_INIT_TEXT
const char *cmdline_get(const char *key, char *buf, size_t size)
{
	const char *s = boot.cmdline;
	size_t klen = 0;

	while (key[klen])
		klen++;
	while (s && *s) {
		while (*s == ' ')
			s++;
		if (!memcmp(s, key, klen) && s[klen] == '=') {
			size_t n = 0;

			s += klen + 1;
			while (s[n] && s[n] != ' ' && n + 1 < size) {
				buf[n] = s[n];
				n++;
			}
			buf[n] = 0;
			return buf;
		}
		while (*s && *s != ' ')
			s++;
	}
	return 0;
}
