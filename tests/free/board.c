/* SPDX-License-Identifier: MIT */
/* tests/free/board.c - code and data only board7 needs, beside pc-only code. */
#include "board.h"

LINKTABLE_ONLY_DATA(BOARD7) int board_table[2048] = { 11 };

LINKTABLE_ONLY_TEXT(BOARD7) __attribute__((noinline)) int board_only(int x)
{
	return x * 7 + board_table[0];
}

LINKTABLE_ONLY_TEXT(PC) __attribute__((noinline)) int pc_side(int x)
{
	return x + 1;
}
