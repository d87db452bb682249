/* SPDX-License-Identifier: MIT */
/* tests/cxx: one table that a C and a C++ translation unit both fill. */
#ifndef LINKTABLE_TESTS_CXX_SHAPES_H
#define LINKTABLE_TESTS_CXX_SHAPES_H

#include <linktable/linktable.h>

#ifdef __cplusplus
extern "C" {
#endif

struct shape {
	int id;
	const char *name;
	int (*sides)(void);
};
LINKTABLE_DECLARE(struct shape, shapes);

/* A relative table filled by the C side (LINKTABLE_REL_ENTRY() is C only),
 * walked from C++. */
typedef int (*sides_fn)(void);
LINKTABLE_REL_DECLARE(sides_fn, side_counts);

/* shapes_c.c: the table as the C side sees it. */
unsigned long c_shape_count(void);
int c_first_shape_id(void);

#ifdef __cplusplus
}
#endif

#endif
