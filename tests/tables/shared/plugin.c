/* SPDX-License-Identifier: MIT */
/* A dlopen()ed plugin: its own feats table, exported unless NO_EXPORT. */
#include "feats.h"

LINKTABLE_DEFINE(struct feat, feats);
LINKTABLE_ENTRY(feats, 2, plugin_a) = { 202 };
LINKTABLE_ENTRY(feats, 1, plugin_b) = { 201 };
LINKTABLE_ENTRY(feats, 99, plugin_c) = { 299 };
#ifndef NO_EXPORT
LINKTABLE_EXPORT(feats);
#endif
