/* SPDX-License-Identifier: MIT */
/* tests/free/board.h - a program-defined subarch, "board7" (value 7), with
 * freeable ranges of its own, and the code and data annotated for it. */
#ifndef LINKTABLE_TESTS_FREE_BOARD_H
#define LINKTABLE_TESTS_FREE_BOARD_H

#include <linktable/free.h>

#define LINKTABLE_SUBARCH_BOARD7 7
LINKTABLE_ONLY_RANGES_DECLARE(BOARD7);

int board_only(int x);
extern int board_table[2048];
int pc_side(int x);

#endif
