/* SPDX-License-Identifier: MIT */
/* tests/tables/ranges_test.h - the ranges of test_ranges.c.  Their objects
 * are 16-byte arrays (16-byte aligned by the ABI), so a range holding n of
 * them is exactly 16 * n bytes. */
#ifndef LINKTABLE_TESTS_RANGES_TEST_H
#define LINKTABLE_TESTS_RANGES_TEST_H

#include <linktable/ranges.h>

LINKTABLE_RANGE_DECLARE(r_data);
LINKTABLE_RANGE_DECLARE(r_text);
LINKTABLE_RANGE_DECLARE(r_empty);

extern int r_data_b[4];
int r_text_b(int x);

#endif
