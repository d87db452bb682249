/* SPDX-License-Identifier: MIT */
/* A shared library with its own definition of the feats table. */
#include <stdio.h>

#include "feats.h"

LINKTABLE_DEFINE(struct feat, feats);
LINKTABLE_ENTRY(feats, 1, lib_a) = { 101 };
LINKTABLE_ENTRY(feats, 50, lib_b) = { 150 };

const char *lib_feat_ids(void)
{
	static char buf[256];
	const struct feat *f;
	int len = 0;

	buf[0] = '\0';
	LINKTABLE_FOREACH(f, feats)
		len += snprintf(buf + len, sizeof(buf) - (size_t)len, "%s%d", len ? " " : "", f->id);
	return buf;
}

const struct feat *lib_first_feat(void)
{
	const struct feat *f;

	LINKTABLE_FOREACH(f, feats)
		break;
	return f;
}
