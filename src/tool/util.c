/* SPDX-License-Identifier: MIT */
/* src/tool/util.c - errors, allocation, file reading, names. */
#include "tool.h"
#include "escape.h"

#include <linktable/subarch.h>

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <linktable/step.h>

int tool_quiet;
int tool_werror;
int tool_collect_errors;
char **tool_errors;
size_t tool_nerrors;

void tool_error(const char *fmt, ...)
{
	va_list ap;

	char msg[2048];

	if (tool_quiet)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (tool_collect_errors) { /* for the --json error document */
		tool_errors = xgrow(tool_errors, tool_nerrors, sizeof(*tool_errors));
		tool_errors[tool_nerrors++] = xstrdup(msg);
	}
	/* messages quote names and paths from the input: escaped, and cut on
	 * a character boundary */
	fputs("linktable: ", stderr);
	text_put(stderr, msg);
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

/* A device or pipe could stream for ever (/dev/zero) or never answer (a
 * FIFO nobody writes, a terminal): it is read without blocking, up to this
 * many bytes and with at most this long a wait for each piece. */
#define MAX_STREAM (1ull << 26)
#define STREAM_WAIT_MS 2000

static unsigned char *read_fail(int fd, unsigned char *buf, char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
static unsigned char *read_fail(int fd, unsigned char *buf, char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
	close(fd);
	free(buf);
	return NULL;
}

/* One read; for a stream, waits (poll) at most STREAM_WAIT_MS for data.
 * Return: bytes read, 0 at the end, -1 with errno set (ETIMEDOUT: no data). */
static ssize_t read_some(int fd, int stream, unsigned char *to, size_t n)
{
	for (;;) {
		ssize_t got = read(fd, to, n);
		struct pollfd pfd = { .fd = fd, .events = POLLIN };
		int ready;

		if (got >= 0)
			return got;
		if (errno == EINTR)
			continue;
		if (!stream || (errno != EAGAIN && errno != EWOULDBLOCK))
			return -1;
		ready = poll(&pfd, 1, STREAM_WAIT_MS);
		if (ready == 0) {
			errno = ETIMEDOUT;
			return -1;
		}
		if (ready < 0 && errno != EINTR)
			return -1;
	}
}

unsigned char *read_whole_file(const char *path, uint64_t max, size_t *len, char *err, size_t errlen)
{
	struct stat st;
	unsigned char *buf = NULL;
	size_t have = 0, cap = 0;
	int stream;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer. */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

	if (fd < 0) {
		snprintf(err, errlen, "cannot open: %s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) != 0)
		return read_fail(fd, buf, err, errlen, "cannot stat: %s", strerror(errno));
	if (S_ISDIR(st.st_mode))
		return read_fail(fd, buf, err, errlen, "is a directory");
	if (!S_ISREG(st.st_mode) && !S_ISCHR(st.st_mode) && !S_ISFIFO(st.st_mode))
		return read_fail(fd, buf, err, errlen, "not a regular file");
	stream = !S_ISREG(st.st_mode);
	if (stream && max > MAX_STREAM)
		max = MAX_STREAM;
	/* Refuse by size before reading: a 5 GB file costs nothing. */
	if (!stream && (uint64_t)st.st_size > max)
		return read_fail(fd, buf, err, errlen, "%llu bytes: larger than %llu bytes; refusing",
				 (unsigned long long)st.st_size, (unsigned long long)max);
	/* sysfs files report a size of 4096 or 0 whatever they hold: read to
	 * EOF, still bounded by @max. */
	for (;;) {
		ssize_t got;

		if (have + 65536 + 1 > cap) {
			cap = cap ? cap * 2 : 65536 * 2;
			buf = xrealloc(buf, cap, 1);
		}
		got = read_some(fd, stream, buf + have, cap - have - 1);
		if (got < 0 && errno == ETIMEDOUT)
			return read_fail(fd, buf, err, errlen, "no data for %d ms; refusing (not a regular file)", STREAM_WAIT_MS);
		if (got < 0)
			return read_fail(fd, buf, err, errlen, "read error: %s", strerror(errno));
		if (got == 0)
			break;
		have += (size_t)got;
		if (have > max)
			return read_fail(fd, buf, err, errlen, "larger than %llu bytes; refusing", (unsigned long long)max);
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
}

/* A mapped file was cut short under us: say so (async-signal-safe). */
static void on_sigbus(int sig)
{
	static const char msg[] = "linktable: error: the input file changed (was cut short) while it was read\n";
	ssize_t r = write(STDERR_FILENO, msg, sizeof(msg) - 1);

	(void)sig;
	(void)r;
	_exit(EXIT_BAD_INPUT);
}

unsigned char *map_whole_file(const char *path, uint64_t max, size_t *len, size_t *mapped, char *err, size_t errlen)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

	*mapped = 0;
	if (fd >= 0 && fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && (uint64_t)st.st_size <= max &&
	    (uint64_t)st.st_size <= SIZE_MAX) {
		/* writable copy-on-write: libelf may convert a foreign byte order
		 * in place */
		void *p = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_POPULATE, fd, 0);

		if (p != MAP_FAILED) {
			struct sigaction sa;

			memset(&sa, 0, sizeof(sa));
			sa.sa_handler = on_sigbus;
			sigaction(SIGBUS, &sa, NULL);
			close(fd);
			*len = (size_t)st.st_size;
			*mapped = (size_t)st.st_size;
			return p;
		}
	}
	if (fd >= 0)
		close(fd);
	/* anything else (a FIFO, sysfs, too large, empty, unreadable): read
	 * it, with read_whole_file()'s checks and messages */
	return read_whole_file(path, max, len, err, errlen);
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

