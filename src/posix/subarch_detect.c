/* SPDX-License-Identifier: MIT */
/*
 * Subarch detection in user space: the core's decision with the
 * environment ($LINKTABLE_SUBARCH, $LINKTABLE_BOOT_PARAMS) and the zero page
 * file (/sys/kernel/boot_params/data) put in front of the zero page rule.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../core/subarch_internal.h"

#define DEFAULT_BOOT_PARAMS "/sys/kernel/boot_params/data"

/* Rule 2 from a file (sysfs, or a test's fake).  Returns 1 when it decided. */
static int from_zero_page_file(const char *path, struct linktable_subarch_decision *d)
{
	unsigned char zp[LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 4];
	struct stat st;
	size_t len = 0;
	ssize_t got;
	int fd;

	/* O_NONBLOCK: a FIFO must not stop detection waiting for a writer. */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
	if (fd < 0) {
		linktable__subarch_note(d, "zero page %s: %s", path, strerror(errno));
		return 0;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		linktable__subarch_note(d, "zero page %s: %s, ignored", path,
					S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
		close(fd);
		return 0;
	}
	/* sysfs files may return less than asked per read: loop to EOF. */
	while (len < sizeof(zp)) {
		got = read(fd, zp + len, sizeof(zp) - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			linktable__subarch_note(d, "zero page %s: %s", path, strerror(errno));
			close(fd);
			return 0;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	close(fd);
	return linktable__subarch_from_zero_page(zp, len, path, d);
}

/* @text cut to 64 bytes, control and non-ASCII bytes as '?': the value
 * goes into trace lines. */
static const char *printable(const char *text, char buf[65])
{
	size_t i;

	for (i = 0; i < 64 && text[i]; i++)
		buf[i] = text[i] >= 0x20 && text[i] < 0x7f ? text[i] : '?';
	buf[i] = 0;
	return buf;
}

/* Rule 1b: $LINKTABLE_SUBARCH.  Returns 1 when it decided. */
static int from_environment(const struct linktable_subarch_detect_options *opts,
			    struct linktable_subarch_decision *d)
{
	const char *env;
	char shown[65];
	int value;

	if (opts->ignore_env)
		return 0;
	env = getenv("LINKTABLE_SUBARCH");
	if (!env || !*env)
		return 0;
	if (opts->boot_params && !opts->skip_zero_page && !opts->env_overrides_zero_page) {
		linktable__subarch_note(d, "LINKTABLE_SUBARCH=%s not used: the program handed over a zero page",
					printable(env, shown));
		return 0;
	}
	value = linktable_subarch_parse(env);
	if (value >= 0) {
		linktable__subarch_note(d, "LINKTABLE_SUBARCH=%s", linktable_subarch_name((unsigned int)value));
		d->subarch = (unsigned int)value;
		d->source = LINKTABLE_SUBARCH_FROM_ENVIRONMENT;
		return 1;
	}
	linktable__subarch_note(d, "LINKTABLE_SUBARCH=%s names no subarch, ignored", printable(env, shown));
	linktable_format(d->warning, sizeof(d->warning),
			 "LINKTABLE_SUBARCH=%s names no subarch (known: %s), ignored",
			 shown, LINKTABLE_SUBARCH_NAMES);
	return 0;
}

int linktable_subarch_detect(const struct linktable_subarch_detect_options *opts,
			     struct linktable_subarch_decision *d)
{
	static const struct linktable_subarch_detect_options defaults;
	struct linktable_subarch_detect_options rest;
	const char *path;

	if (!opts)
		opts = &defaults;
	linktable__subarch_reset(d);
	if (opts->subarch)
		return linktable__subarch_override(opts, d);
	if (from_environment(opts, d))
		return 0;
	rest = *opts;
	if (!opts->skip_zero_page && !opts->boot_params) {
		path = opts->boot_params_path;
		if (!path && !opts->ignore_env)
			path = getenv("LINKTABLE_BOOT_PARAMS");
		if (!path || !*path)
			path = DEFAULT_BOOT_PARAMS;
		if (from_zero_page_file(path, d))
			return 0;
		rest.skip_zero_page = 1; /* the file said why it could not decide */
	}
	return linktable__subarch_after_env(&rest, d);
}
