/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/freebsd_sets/disk.c - the disk side, including the
 * test functions added with TEXT_SET().  It is compiled as -Wpedantic
 * code is: a set of functions must not need a function pointer to become
 * a void * (ISO C has no such conversion).
 */
#pragma GCC diagnostic error "-Wpedantic"
#include "kern.h"

static int disk_cache = 64;
KV_INT(disk_cache, &disk_cache, "cache size in blocks");

MODULE_META(ahci, 2, 30);

static const struct proto_desc icmp_desc = { "icmp", 1 };
DATA_SET(proto_set, icmp_desc);

struct kcounter disk_counter;
BSS_SET(kcounter_set, disk_counter);

static int test_double(int arg)
{
	return arg * 2;
}
TEXT_SET(ktest_set, test_double);

static int test_negate(int arg)
{
	return -arg;
}
TEXT_SET(ktest_set, test_negate);

/* A function with external linkage, declared first. */
int test_square(int arg);
int test_square(int arg)
{
	return arg * arg;
}
TEXT_SET(ktest_set, test_square);
