/* SPDX-License-Identifier: MIT */
/*
 * Subarch names: the boot protocol's five, plus program-defined ones.
 */
#include <linktable/subarch.h>

#include "text.h"

#define NAME_OF(arg, value, NAME, name) [value] = #name,
static const char *subarch_names[LINKTABLE_SUBARCH_MAX] = { LINKTABLE_SUBARCH_FOR_EACH(NAME_OF, ) };

const char *linktable_subarch_name(unsigned int subarch)
{
	return subarch < LINKTABLE_SUBARCH_MAX ? subarch_names[subarch] : (const char *)0;
}

int linktable_subarch_parse(const char *text)
{
	unsigned int value = 0;
	const char *p;
	int i;

	if (!text || !*text)
		return -1;
	for (i = 0; i < LINKTABLE_SUBARCH_MAX; i++)
		if (subarch_names[i] && linktable__strcaseeq(subarch_names[i], text))
			return i;
	for (p = text; *p; p++) {
		if (*p < '0' || *p > '9' || p - text > 2)
			return -1;
		value = value * 10 + (unsigned int)(*p - '0');
	}
	if (value >= LINKTABLE_SUBARCH_MAX || !subarch_names[value])
		return -1;
	return (int)value;
}

int linktable_subarch_register(unsigned int subarch, const char *name)
{
	if (subarch < LINKTABLE_SUBARCH_FIRST_PROGRAM || subarch >= LINKTABLE_SUBARCH_MAX || !name || !*name)
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

/* Appends the names of the subarchs in @mask, comma-separated. */
static void append_names(struct linktable__out *o, linktable_subarch_mask_t mask)
{
	const char *sep = "";
	unsigned int s;

	for (s = 0; s < LINKTABLE_SUBARCH_MAX; s++) {
		const char *name = linktable_subarch_name(s);

		if (!(mask & (1u << s)))
			continue;
		if (name)
			linktable__out_printf(o, "%s%s", sep, name);
		else
			linktable__out_printf(o, "%ssubarch%u", sep, s);
		sep = ", ";
	}
}

const char *linktable__subarch_mask_names(linktable_subarch_mask_t mask, char *buf, linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	unsigned int bits = 0, m;

	for (m = mask; m; m &= m - 1) /* no __builtin_popcount: it may call libgcc */
		bits++;
	buf[0] = 0;
	if (mask == LINKTABLE_SUBARCHS_ALL) {
		linktable__out_printf(&o, "all");
	} else if (bits > LINKTABLE_SUBARCH_MAX / 2) {
		/* LINKTABLE_SUBARCHS_EXCEPT(): say what is left out */
		linktable__out_printf(&o, "all except ");
		append_names(&o, ~mask);
	} else {
		append_names(&o, mask);
	}
	return buf;
}
