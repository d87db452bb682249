/* SPDX-License-Identifier: MIT */
/* A second file's entry, at a later level. */
#include "greeters.h"

LINKTABLE_ENTRY(greeters, 2, world) = { "world" };
