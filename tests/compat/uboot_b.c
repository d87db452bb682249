/* SPDX-License-Identifier: MIT */
/* tests/compat/uboot_b.c - list entries from a second file. */
#include "uboot.h"

static int cmd_neg(int argc)
{
	return -argc;
}
TEST_CMD(bootm, cmd_neg);
TEST_CMD(env, cmd_neg);
TEST_DRIVER(serial, 2);
ll_entry_declare_list(int, primes, numbers) = { 2, 3, 5, 7 };
