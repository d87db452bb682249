/* SPDX-License-Identifier: MIT */
/* Objects and functions that a second translation unit places into the
 * ranges of test_ranges.c. */
#include "ranges_test.h"

LINKTABLE_IN_RANGE(r_data) int r_data_b[4] = { 5, 6, 7, 8 };

LINKTABLE_IN_RANGE(r_text) int r_text_b(int x)
{
	return x * 3;
}
