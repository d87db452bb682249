/* SPDX-License-Identifier: MIT */
/*
 * The freestanding subarch decision: override, zero page in memory, CPUID,
 * default - in that order, each rule either deciding or saying why it could
 * not.  liblinktable's linktable_subarch_detect() adds the environment and
 * the zero page file in front.
 */
#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

#include <linktable/subarch.h>

#include "subarch_internal.h"
#include "text.h"

#define CPUID_HYPERVISOR_BIT (1u << 31) /* leaf 1, ECX */
#define CPUID_HV_BASE 0x40000000u
#define CPUID_HV_XEN_ALT 0x40000100u /* Xen behind Hyper-V compatible leaves */

void linktable__subarch_note(struct linktable_subarch_decision *d, const char *fmt, ...)
{
	linktable__size_t used = linktable__strlen(d->reason);
	va_list ap;

	if (used && used + 2 < sizeof(d->reason)) {
		memcpy(d->reason + used, "; ", 3);
		used += 2;
	}
	va_start(ap, fmt);
	linktable_vformat(d->reason + used, sizeof(d->reason) - used, fmt, ap);
	va_end(ap);
}

static void decide(struct linktable_subarch_decision *d, unsigned int subarch,
		   enum linktable_subarch_source source)
{
	d->subarch = subarch;
	d->source = source;
}

int linktable__subarch_from_zero_page(const unsigned char *zp, linktable__size_t len, const char *what,
				      struct linktable_subarch_decision *d)
{
	const unsigned char *v = zp + LINKTABLE_ZERO_PAGE_VERSION_OFFSET;
	const unsigned char *s = zp + LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET;
	unsigned int version, value;
	const char *name;

	if (len < LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 4) {
		linktable__subarch_note(d, "zero page %s: too short (%zu bytes, hardware_subarch ends at byte %d)",
					what, len, LINKTABLE_ZERO_PAGE_SUBARCH_OFFSET + 4);
		return 0;
	}
	/* The boot protocol is little-endian whatever the host is. */
	version = v[0] | (unsigned int)v[1] << 8;
	value = s[0] | (unsigned int)s[1] << 8 | (unsigned int)s[2] << 16 | (unsigned int)s[3] << 24;
	if (version > LINKTABLE_ZERO_PAGE_MAX_VERSION) {
		linktable__subarch_note(d, "zero page %s: boot protocol version 0x%04x is not 2.xx: not a zero page",
					what, version);
		return 0;
	}
	if (version < LINKTABLE_ZERO_PAGE_MIN_VERSION) {
		linktable__subarch_note(d, "zero page %s: boot protocol %u.%02u has no hardware_subarch (needs 2.07)",
					what, version >> 8, version & 0xff);
		return 0;
	}
	name = linktable_subarch_name(value);
	if (!name) {
		linktable__subarch_note(d, "zero page %s: protocol %u.%02u, hardware_subarch %u is not a known subarch",
					what, version >> 8, version & 0xff, value);
		return 0;
	}
	linktable__subarch_note(d, "zero page %s: protocol %u.%02u, hardware_subarch %u = %s", what,
				version >> 8, version & 0xff, value, name);
	decide(d, value, LINKTABLE_SUBARCH_FROM_ZERO_PAGE);
	return 1;
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
	unsigned int r[4], i, c;
	char sig[13];

	if (cpuid(1, r)) {
		linktable__subarch_note(d, "cpuid: not available");
		return 0;
	}
	if (!(r[2] & CPUID_HYPERVISOR_BIT)) {
		linktable__subarch_note(d, "cpuid: no hypervisor");
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
		for (c = 0; c < 12; c++)
			if (sig[c] && (sig[c] < 0x20 || sig[c] > 0x7e))
				sig[c] = '?';
		if (memcmp(sig, "XenVMMXenVMM", 12) == 0) {
			linktable__subarch_note(d, "cpuid: hypervisor signature \"XenVMMXenVMM\" at 0x%x = xen", bases[i]);
			decide(d, LINKTABLE_SUBARCH_XEN, LINKTABLE_SUBARCH_FROM_CPUID);
			return 1;
		}
		if (i == 0)
			linktable__subarch_note(d, "cpuid: hypervisor \"%s\" is not xen", sig);
	}
	return 0;
}

int linktable__subarch_override(const struct linktable_subarch_detect_options *opts,
				struct linktable_subarch_decision *d)
{
	int value = linktable_subarch_parse(opts->subarch);

	if (value < 0) {
		linktable__subarch_note(d, "override \"%.64s\" names no subarch (known: %s)",
					opts->subarch, LINKTABLE_SUBARCH_NAMES);
		return -1;
	}
	linktable__subarch_note(d, "override argument: %s", linktable_subarch_name((unsigned int)value));
	decide(d, (unsigned int)value, LINKTABLE_SUBARCH_FROM_ARGUMENT);
	return 0;
}

void linktable__subarch_reset(struct linktable_subarch_decision *d)
{
	memset(d, 0, sizeof(*d));
	decide(d, LINKTABLE_SUBARCH_PC, LINKTABLE_SUBARCH_FROM_DEFAULT);
}

int linktable__subarch_after_env(const struct linktable_subarch_detect_options *opts,
				 struct linktable_subarch_decision *d)
{
	if (!opts->skip_zero_page && opts->boot_params &&
	    linktable__subarch_from_zero_page((const unsigned char *)opts->boot_params, opts->boot_params_size,
					      "in memory", d))
		return 0;
	if (!opts->skip_cpuid && from_cpuid(opts->cpuid ? opts->cpuid : real_cpuid, d))
		return 0;
	linktable__subarch_note(d, "default: pc");
	return 0;
}

int linktable_subarch_decide(const struct linktable_subarch_detect_options *opts,
			     struct linktable_subarch_decision *d)
{
	static const struct linktable_subarch_detect_options defaults;

	if (!opts)
		opts = &defaults;
	linktable__subarch_reset(d);
	if (opts->subarch)
		return linktable__subarch_override(opts, d);
	return linktable__subarch_after_env(opts, d);
}
