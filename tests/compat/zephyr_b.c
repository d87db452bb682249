/* SPDX-License-Identifier: MIT */
/* tests/compat/zephyr_b.c - elements from a second file. */
#include "zephyr.h"

DEFINE_DATA(d2, 3, 4);
DEFINE_DATA(a1, 10, 11); /* "a1_" sorts before "a_" */
STRUCT_SECTION_ITERABLE_ARRAY(my_data, c_arr, 2) = { { 20, 0 }, { 21, 0 } };
STRUCT_SECTION_ITERABLE_ALTERNATE(alt_items, my_data, alt_b) = { 2, 0 };
STRUCT_SECTION_ITERABLE(wide, w_b) = { "b", 2 };
