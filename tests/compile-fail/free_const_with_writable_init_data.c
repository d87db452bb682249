/* expect: section type conflict */
/* SPDX-License-Identifier: MIT */
/* A const and a writable object in init_data in one file: init data is
 * writable data, annotate non-const objects only. */
#include <linktable/free.h>

LINKTABLE_INIT_DATA int boot_scratch[64] = { 1 };
LINKTABLE_INIT_DATA const int boot_limits[4] = { 1, 2, 3, 4 };
