/* SPDX-License-Identifier: MIT */
/* Levels written 00..09 and a macro expanding to 07 (see levels_test.h). */
#include "levels_test.h"

SPELLED(00, 0, 2, b0);
SPELLED(01, 1, 2, b1);
SPELLED(02, 2, 2, b2);
SPELLED(03, 3, 2, b3);
SPELLED(04, 4, 2, b4);
SPELLED(05, 5, 2, b5);
SPELLED(06, 6, 2, b6);
SPELLED(07, 7, 2, b7);
SPELLED(08, 8, 2, b8);
SPELLED(09, 9, 2, b9);
SPELLED(SPELLED_MACRO_LEVEL, 7, 3, m7);
