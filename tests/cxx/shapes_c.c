/* SPDX-License-Identifier: MIT */
/* The C half: defines the table and adds two entries. */
#include "shapes.h"

LINKTABLE_DEFINE(struct shape, shapes);

static int three(void)
{
	return 3;
}

LINKTABLE_ENTRY(shapes, 1, triangle) = { 10, "triangle", three };
LINKTABLE_ENTRY(shapes, 30, dot) = { 300, "dot", 0 };

LINKTABLE_REL_DEFINE(sides_fn, side_counts);
int sides_of_triangle(void);
int sides_of_triangle(void)
{
	return 3;
}
int sides_of_pentagon(void);
int sides_of_pentagon(void)
{
	return 5;
}
LINKTABLE_REL_ENTRY(side_counts, 50, sides_of_pentagon);
LINKTABLE_REL_ENTRY(side_counts, 5, sides_of_triangle);

unsigned long c_shape_count(void)
{
	return LINKTABLE_COUNT(shapes);
}

int c_first_shape_id(void)
{
	const struct shape *s;

	LINKTABLE_FOREACH(s, shapes)
		return s->id;
	return -1;
}
