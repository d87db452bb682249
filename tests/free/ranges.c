/* SPDX-License-Identifier: MIT */
/* The free tests' ranges, defined once per image. */
#include <linktable/free.h>

LINKTABLE_FREE_RANGES_DEFINE();
