/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_ztest/test_lib.c - a suite without fixture, a
 * suite its predicate skips, and a rule run around every test. */
#include <string.h>
#include "ztest.h"

ZTEST_SUITE(lib, NULL, NULL, NULL, NULL, NULL);

ZTEST(lib, test_strlen)
{
	(void)fixture;
	ztest_trace_add("strlen");
	zassert_equal(strlen("zephyr"), 6);
}

ZTEST(lib, test_memcmp)
{
	(void)fixture;
	ztest_trace_add("memcmp");
	zassert_true(memcmp("ab", "ab", 2) == 0);
}

static bool never(const void *state)
{
	(void)state;
	return false;
}
ZTEST_SUITE(skipped, never, NULL, NULL, NULL, NULL);

ZTEST(skipped, test_never_runs)
{
	(void)fixture;
	ztest_trace_add("NEVER");
}

static void rule_before(const struct ztest_unit_test *test, void *data)
{
	(void)test;
	(void)data;
	ztest_trace_add("<");
}
static void rule_after(const struct ztest_unit_test *test, void *data)
{
	(void)test;
	(void)data;
	ztest_trace_add(">");
}
ZTEST_RULE(brackets, rule_before, rule_after);
