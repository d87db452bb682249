/* SPDX-License-Identifier: MIT */
/* tests/compat/users/zephyr_ztest/test_kernel.c - a suite with a fixture
 * (its before hook counts: each test checks it runs in name order),
 * tests defined out of name order, one that fails on purpose. */
#include "ztest.h"

struct kernel_fixture {
	int base;
};
static struct kernel_fixture fix;

static void *kernel_setup(void)
{
	fix.base = 40;
	return &fix;
}

static void kernel_before(void *f)
{
	((struct kernel_fixture *)f)->base++;
}

ZTEST_SUITE(kernel, NULL, kernel_setup, kernel_before, NULL, NULL);

ZTEST_F(kernel, test_sem)
{
	struct kernel_fixture *f = fixture;

	ztest_trace_add("sem");
	zassert_equal(f->base, 43);
}

ZTEST_F(kernel, test_mutex)
{
	struct kernel_fixture *f = fixture;

	ztest_trace_add("mutex");
	zassert_equal(f->base, 42);
}

ZTEST(kernel, test_fails_on_purpose)
{
	(void)fixture;
	ztest_trace_add("fail");
	zassert_true(1 + 1 == 3);
}
