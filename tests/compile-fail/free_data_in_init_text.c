/* expect: section type conflict */
/* SPDX-License-Identifier: MIT */
/* An object in the init code range: code and data never share a range. */
#include <linktable/free.h>

LINKTABLE_INIT_TEXT int init_fn(void)
{
	return 1;
}
LINKTABLE_INIT_TEXT int init_value = 3;
