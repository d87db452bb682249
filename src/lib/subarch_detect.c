/* SPDX-License-Identifier: MIT */
/*
 * Early subarch detection: override, zero page, CPUID, default - in that
 * order, each rule either deciding or saying why it could not.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include <linktable/subarch.h>

#define DEFAULT_BOOT_PARAMS "/sys/kernel/boot_params/data"
#define CPUID_HYPERVISOR_BIT (1u << 31) /* leaf 1, ECX */
#define CPUID_HV_BASE 0x40000000u
#define CPUID_HV_XEN_ALT 0x40000100u    /* Xen behind Hyper-V compatible leaves */

__attribute__((format(printf, 2, 3))) static void note(struct linktable_subarch_decision *d,
						       const char *fmt, ...)
{
	size_t used = strlen(d->reason);
	va_list ap;

	if (used && used + 2 < sizeof(d->reason)) {
		memcpy(d->reason + used, "; ", 3);
		used += 2;
	}
	va_start(ap, fmt);
	vsnprintf(d->reason + used, sizeof(d->reason) - used, fmt, ap);
	va_end(ap);
}

static void decide(struct linktable_subarch_decision *d, unsigned int subarch,
		   enum linktable_subarch_source source)
{
	d->subarch = subarch;
	d->source = source;
}

/* Rule 2 on bytes already read: @len bytes of a zero page named @what.
 * Returns 1 when it decided. */
static int from_zero_page_bytes(const unsigned char *zp, size_t len, const char *what,
				struct linktable_subarch_decision *d)
{
	const unsigned char *v = zp + LINKTABLE_ZERO_PAGE_VERSION_OFFSET;
	const unsigned char *s = zp + LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET;
	unsigned int version, value;
	const char *name;

	if (len < LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 4) {
		note(d, "zero page %s: too short (%zu bytes, hardware_subarch ends at byte %d)", what, len,
		     LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 4);
		return 0;
	}
	/* The boot protocol is little-endian whatever the host is. */
	version = v[0] | (unsigned int)v[1] << 8;
	value = s[0] | (unsigned int)s[1] << 8 | (unsigned int)s[2] << 16 | (unsigned int)s[3] << 24;
	if (version > LINKTABLE_ZERO_PAGE_MAX_VERSION) {
		note(d, "zero page %s: boot protocol version 0x%04x is not 2.xx: not a zero page", what, version);
		return 0;
	}
	if (version < LINKTABLE_ZERO_PAGE_MIN_VERSION) {
		note(d, "zero page %s: boot protocol %u.%02u has no hardware_subarch (needs 2.07)", what,
		     version >> 8, version & 0xff);
		return 0;
	}
	name = linktable_subarch_name(value);
	if (!name) {
		note(d, "zero page %s: protocol %u.%02u, hardware_subarch %u is not a known subarch", what,
		     version >> 8, version & 0xff, value);
		return 0;
	}
	note(d, "zero page %s: protocol %u.%02u, hardware_subarch %u = %s", what, version >> 8,
	     version & 0xff, value, name);
	decide(d, value, LINKTABLE_SUBARCH_FROM_ZERO_PAGE);
	return 1;
}

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
		note(d, "zero page %s: %s", path, strerror(errno));
		return 0;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		note(d, "zero page %s: %s, ignored", path, S_ISDIR(st.st_mode) ? strerror(EISDIR) : "not a regular file");
		close(fd);
		return 0;
	}
	/* sysfs files may return less than asked per read: loop to EOF. */
	while (len < sizeof(zp)) {
		got = read(fd, zp + len, sizeof(zp) - len);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			note(d, "zero page %s: %s", path, strerror(errno));
			close(fd);
			return 0;
		}
		if (got == 0)
			break;
		len += (size_t)got;
	}
	close(fd);
	return from_zero_page_bytes(zp, len, path, d);
}

static int real_cpuid(unsigned int leaf, unsigned int r[4])
{
#if defined(__x86_64__) || defined(__i386__)
	if (leaf < CPUID_HV_BASE)
		return __get_cpuid(leaf, &r[0], &r[1], &r[2], &r[3]) ? 0 : -1;
	/* Hypervisor leaves are outside __get_cpuid's range check; the caller
	 * asks only after the hypervisor bit said they exist. */
	__cpuid(leaf, r[0], r[1], r[2], r[3]);
	return 0;
#else
	(void)leaf;
	(void)r;
	return -1;
#endif
}

/* Rule 3: CPUID.  Returns 1 when it decided. */
static int from_cpuid(int (*cpuid)(unsigned int, unsigned int[4]), struct linktable_subarch_decision *d)
{
	static const unsigned int bases[] = { CPUID_HV_BASE, CPUID_HV_XEN_ALT };
	unsigned int r[4];
	char sig[13];
	size_t i;

	if (cpuid(1, r)) {
		note(d, "cpuid: not available");
		return 0;
	}
	if (!(r[2] & CPUID_HYPERVISOR_BIT)) {
		note(d, "cpuid: no hypervisor");
		return 0;
	}
	for (i = 0; i < sizeof(bases) / sizeof(bases[0]); i++) {
		memset(r, 0, sizeof(r));
		if (cpuid(bases[i], r))
			continue;
		memcpy(sig, &r[1], 4);
		memcpy(sig + 4, &r[2], 4);
		memcpy(sig + 8, &r[3], 4);
		sig[12] = 0;
		for (size_t c = 0; c < 12; c++)
			if (sig[c] && (sig[c] < 0x20 || sig[c] > 0x7e))
				sig[c] = '?';
		if (memcmp(sig, "XenVMMXenVMM", 12) == 0) {
			note(d, "cpuid: hypervisor signature \"XenVMMXenVMM\" at 0x%x = xen", bases[i]);
			decide(d, LINKTABLE_SUBARCH_XEN, LINKTABLE_SUBARCH_FROM_CPUID);
			return 1;
		}
		if (i == 0)
			note(d, "cpuid: hypervisor \"%s\" is not xen", sig);
	}
	return 0;
}

int linktable_subarch_detect(const struct linktable_subarch_detect_options *opts,
			     struct linktable_subarch_decision *d)
{
	static const struct linktable_subarch_detect_options defaults;
	const char *env, *path;
	int value;

	if (!opts)
		opts = &defaults;
	memset(d, 0, sizeof(*d));
	decide(d, LINKTABLE_SUBARCH_PC, LINKTABLE_SUBARCH_FROM_DEFAULT);

	if (opts->subarch) {
		value = linktable_subarch_parse(opts->subarch);
		if (value < 0) {
			note(d, "override \"%s\" names no subarch (known: pc, lguest, xen, intel_mid, ce4100)",
			     opts->subarch);
			return -1;
		}
		note(d, "override argument: %s", linktable_subarch_name((unsigned int)value));
		decide(d, (unsigned int)value, LINKTABLE_SUBARCH_FROM_ARGUMENT);
		return 0;
	}
	env = opts->ignore_env ? NULL : getenv("LINKTABLE_SUBARCH");
	if (env && *env) {
		value = linktable_subarch_parse(env);
		if (value >= 0) {
			note(d, "LINKTABLE_SUBARCH=%s", linktable_subarch_name((unsigned int)value));
			decide(d, (unsigned int)value, LINKTABLE_SUBARCH_FROM_ENVIRONMENT);
			return 0;
		}
		note(d, "LINKTABLE_SUBARCH=%.64s names no subarch, ignored", env);
	}
	if (!opts->skip_zero_page && opts->boot_params) {
		if (from_zero_page_bytes(opts->boot_params, opts->boot_params_size, "in memory", d))
			return 0;
	} else if (!opts->skip_zero_page) {
		path = opts->boot_params_path;
		if (!path && !opts->ignore_env)
			path = getenv("LINKTABLE_BOOT_PARAMS");
		if (!path || !*path)
			path = DEFAULT_BOOT_PARAMS;
		if (from_zero_page_file(path, d))
			return 0;
	}
	if (!opts->skip_cpuid && from_cpuid(opts->cpuid ? opts->cpuid : real_cpuid, d))
		return 0;
	note(d, "default: pc");
	return 0;
}
