/* SPDX-License-Identifier: MIT */
/* src/tool/util.c - errors, allocation, file reading, names. */
#include "tool.h"

#include <linktable/subarch.h>

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linktable/init.h>

int tool_quiet;

void tool_error(const char *fmt, ...)
{
	va_list ap;

	if (tool_quiet)
		return;
	fputs("linktable: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

int fail_msg(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	return -1;
}

static void out_of_memory(size_t n)
{
	tool_error("out of memory (wanted %zu bytes)", n);
	exit(EXIT_BAD_INPUT);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		out_of_memory(n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		out_of_memory(n * size);
	return p;
}

void *xrealloc(void *p, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		out_of_memory(SIZE_MAX);
	p = realloc(p, n * size != 0 ? n * size : 1);
	if (!p)
		out_of_memory(n * size);
	return p;
}

void *xgrow(void *p, size_t n, size_t size)
{
	return n & (n - 1) ? p : xrealloc(p, n ? 2 * n : 1, size);
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

/* Inputs bigger than this are refused rather than slurped: a file, or a
 * device or pipe (which could stream for ever, like /dev/zero). */
#define MAX_INPUT (1ull << 32)
#define MAX_STREAM (1ull << 26)

unsigned char *read_whole_file(const char *path, size_t *len, char *err, size_t errlen)
{
	struct stat st;
	unsigned char *buf = NULL;
	size_t have = 0, cap = 0;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode) || !(S_ISREG(st.st_mode) || S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))) {
		snprintf(err, errlen, "%s", S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
		close(fd);
		return NULL;
	}
	/* sysfs files report a size of 4096 or 0 whatever they hold: read to EOF. */
	for (;;) {
		ssize_t got;

		if (have + 65536 + 1 > cap) {
			cap = cap ? cap * 2 : 65536 * 2;
			buf = xrealloc(buf, cap, 1);
		}
		got = read(fd, buf + have, cap - have - 1);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(err, errlen, "read error: %s", strerror(errno));
			goto fail;
		}
		if (got == 0)
			break;
		have += (size_t)got;
		if (have > (S_ISREG(st.st_mode) ? MAX_INPUT : MAX_STREAM)) {
			snprintf(err, errlen, "larger than %llu bytes; refusing",
				 S_ISREG(st.st_mode) ? MAX_INPUT : MAX_STREAM);
			goto fail;
		}
	}
	close(fd);
	if (have == 0) {
		snprintf(err, errlen, "empty file");
		free(buf);
		return NULL;
	}
	buf[have] = 0;
	*len = have;
	return buf;
fail:
	close(fd);
	free(buf);
	return NULL;
}

/* The names are the library's (one list, in the core). */
const char *subarch_name(unsigned int n, char *buf)
{
	const char *name = linktable_subarch_name(n);

	if (name)
		return name;
	snprintf(buf, 16, "subarch%u", n & 0xffu);
	return buf;
}

int subarch_parse(const char *s)
{
	char *end;
	long v;

	int named = linktable_subarch_parse(s);

	if (named >= 0)
		return named;
	if (strncmp(s, "subarch", 7) == 0)
		s += 7;
	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || *end || v < 0 || v >= TOOL_MAX_SUBARCHS)
		return -1;
	return (int)v;
}

const char *flag_names(uint32_t flags, char *buf)
{
	static const struct {
		uint32_t bit;
		const char *name;
	} names[] = {
		{ LINKTABLE_INIT_FINISH_IF_DETECTED, "finish_if_detected" },
		{ LINKTABLE_INIT_CRITICAL, "critical" },
		{ LINKTABLE_INIT_PARALLEL_SAFE, "parallel_safe" },
	};
	size_t n = 0;

	buf[0] = 0;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (flags & names[i].bit) {
			n += (size_t)snprintf(buf + n, 128 - n, "%s%s", n ? "," : "", names[i].name);
			flags &= ~names[i].bit;
		}
	}
	if (flags)
		snprintf(buf + n, 128 - n, "%s0x%x", n ? "," : "", flags);
	return buf;
}
