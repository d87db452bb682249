/* SPDX-License-Identifier: MIT */
/*
 * Subarch names: the boot protocol's five, plus program-defined ones.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <linktable/subarch.h>

static const char *subarch_names[LINKTABLE_SUBARCH_MAX] = {
	[LINKTABLE_SUBARCH_PC] = "pc",
	[LINKTABLE_SUBARCH_LGUEST] = "lguest",
	[LINKTABLE_SUBARCH_XEN] = "xen",
	[LINKTABLE_SUBARCH_INTEL_MID] = "intel_mid",
	[LINKTABLE_SUBARCH_CE4100] = "ce4100",
};

const char *linktable_subarch_name(unsigned int subarch)
{
	return subarch < LINKTABLE_SUBARCH_MAX ? subarch_names[subarch] : NULL;
}

int linktable_subarch_parse(const char *text)
{
	char *end;
	unsigned long value;
	int i;

	if (!text || !*text)
		return -1;
	for (i = 0; i < LINKTABLE_SUBARCH_MAX; i++)
		if (subarch_names[i] && strcasecmp(subarch_names[i], text) == 0)
			return i;
	if (!isdigit((unsigned char)text[0]))
		return -1;
	value = strtoul(text, &end, 10);
	if (*end || value >= LINKTABLE_SUBARCH_MAX || !subarch_names[value])
		return -1;
	return (int)value;
}

int linktable_subarch_register(unsigned int subarch, const char *name)
{
	if (subarch <= LINKTABLE_SUBARCH_CE4100 || subarch >= LINKTABLE_SUBARCH_MAX || !name || !*name)
		return -1;
	if (subarch_names[subarch] || linktable_subarch_parse(name) >= 0)
		return -1;
	subarch_names[subarch] = name;
	return 0;
}

const char *linktable_subarch_source_name(enum linktable_subarch_source source)
{
	switch (source) {
	case LINKTABLE_SUBARCH_FROM_ARGUMENT:
		return "argument";
	case LINKTABLE_SUBARCH_FROM_ENVIRONMENT:
		return "environment";
	case LINKTABLE_SUBARCH_FROM_ZERO_PAGE:
		return "zero page";
	case LINKTABLE_SUBARCH_FROM_CPUID:
		return "cpuid";
	case LINKTABLE_SUBARCH_FROM_DEFAULT:
		return "default";
	}
	return "unknown";
}
