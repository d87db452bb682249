/* SPDX-License-Identifier: MIT */
/*
 * cmdline.c - the kernel command line from the zero page (cmd_line_ptr),
 * and "key=value" lookup.  The setup header advertises cmdline_size 2047:
 * all of it is kept (2047 bytes and the NUL), and a longer line is cut
 * there with a message, never silently.  Parsing is init-only; boot.cmdline
 * keeps the copy in ordinary data.
 */
#include <linktable/free.h>
#include <linktable/step.h>

#include "kernel.h"

#define CMDLINE_SIZE 2047 /* setup.S's cmdline_size: keep in step */

static char cmdline_copy[CMDLINE_SIZE + 1];
static size_t cmdline_dropped; /* bytes after CMDLINE_SIZE (counted up to a bound) */

/* Copies the zero page's command line (bounded: the loader's memory is
 * not trusted to be terminated; control characters become '?'). */
LINKTABLE_INIT_TEXT
void cmdline_init(const struct boot_params *zp)
{
	const char *p = (const char *)(uintptr_t)zp_get(zp, ZP_CMD_LINE_PTR, 4);
	size_t n = 0;

	cmdline_dropped = 0;
	if (p) {
		while (n < CMDLINE_SIZE && p[n]) {
			char c = p[n];

			cmdline_copy[n++] = (c >= 0x20 && c < 0x7f) ? c : '?';
		}
		while (p[n + cmdline_dropped] && cmdline_dropped < 65536)
			cmdline_dropped++;
	}
	cmdline_copy[n] = 0;
	boot.cmdline = cmdline_copy;
}

/* Whether @word appears in the zero page's command line as a whole word
 * (before the cmdline step: the legacy switch). */
LINKTABLE_INIT_TEXT
int cmdline_has(const struct boot_params *zp, const char *word)
{
	const char *p = (const char *)(uintptr_t)zp_get(zp, ZP_CMD_LINE_PTR, 4);
	size_t wl = 0, i = 0;

	while (word[wl])
		wl++;
	while (p && i < CMDLINE_SIZE && p[i]) {
		size_t k = 0;

		while (p[i] == ' ')
			i++;
		while (k < wl && p[i + k] == word[k])
			k++;
		if (k == wl && (p[i + k] == ' ' || p[i + k] == 0))
			return 1;
		while (i < CMDLINE_SIZE && p[i] && p[i] != ' ')
			i++;
	}
	return 0;
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

LINKTABLE_INIT_TEXT
int cmdline_step(struct linktable_boot *b, const struct linktable_init_step *step)
{
	char test[32];
	size_t len = 0;

	(void)b;
	(void)step;
	cmdline_init(boot.zero_page);
	while (boot.cmdline[len])
		len++;
	tprintk("command line: %s\n", boot.cmdline);
	tprintk("command line: %zu bytes kept (at most %u)\n", len, CMDLINE_SIZE);
	if (cmdline_dropped)
		tprintk("warning: command line truncated: %zu%s bytes after the first %u dropped\n", cmdline_dropped,
			cmdline_dropped >= 65536 ? "+" : "", CMDLINE_SIZE);
	if (cmdline_get("linktable.test", test, sizeof(test)) && memcmp(test, "use-after-free", 15))
		tprintk("warning: linktable.test=%s is not a known test (known: use-after-free)\n", test);
	return 0;
}

LINKTABLE_INIT_STEP(cmdline, 0, LINKTABLE_SUBARCHS(PC, XEN), .depends = LINKTABLE_INIT_DEPS(traps),
		    .provides = LINKTABLE_INIT_RESOURCES(cmdline), .early_init = cmdline_step);
