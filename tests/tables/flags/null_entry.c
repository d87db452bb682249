/* SPDX-License-Identifier: MIT */
/* The same level, an entry without a pointer: a read-only input section. */
#include "hooks.h"

LINKTABLE_ENTRY(hooks, 5, without_pointer) = { 2, 0 };
