/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_d.c - entries of the numbered lists from a second file. */
#include "uboot.h"

static int b_cmd(int argc)
{
	return argc + 1;
}
ll_entry_declare(struct fixup, f_two, a_fixups) = { 0x2222 };
ll_entry_declare(char, c_y, c_bytes) = 'y';
ll_entry_declare(struct cmd_tbl, boot, b_cmds) = { "boot", b_cmd };
ll_entry_declare(struct fixup, f_three, a_fixups) = { 0x3333 };
ll_entry_declare(struct wide_entry, w_two, e_wide) = { 'w', 2 };
ll_entry_declare(char, c_z, c_bytes) = 'z';
