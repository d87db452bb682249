/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_ztest/ztest.h - a unit-test framework built as
 * Zephyr's ztest is: ZTEST_SUITE() puts a const suite node into one section,
 * ZTEST() a static test entry into another and then opens the test's
 * function body, ZTEST_RULE() before/after hooks into a third; the runner
 * walks suites, and for each suite the tests, in the sections' name order.
 */
#ifndef ZT_ZTEST_H
#define ZT_ZTEST_H
#include <stdbool.h>
#include <stddef.h>
#include <linktable/compat/zephyr.h>

#define UTIL_PRIMITIVE_CAT(a, ...) a##__VA_ARGS__
#define UTIL_CAT(a, ...) UTIL_PRIMITIVE_CAT(a, __VA_ARGS__)
#define STRINGIFY(x) Z_STR(x)
#define Z_STR(x) #x

struct ztest_suite_stats {
	unsigned int run_count, fail_count;
};
struct ztest_suite_node {
	const char *const name;
	void *(*const setup)(void);
	void (*const before)(void *fixture);
	bool (*const predicate)(const void *state);
	struct ztest_suite_stats *const stats;
};
struct ztest_unit_test {
	const char *test_suite_name;
	const char *name;
	void (*test)(void *fixture);
	unsigned int thread_options;
};
struct ztest_test_rule {
	void (*before_each)(const struct ztest_unit_test *test, void *data);
	void (*after_each)(const struct ztest_unit_test *test, void *data);
};

#define ZTEST_SUITE(suite_name, _predicate, _setup, _before, _after, _teardown) \
	static struct ztest_suite_stats UTIL_CAT(z_ztest_suite_node_stats_, suite_name); \
	static const STRUCT_SECTION_ITERABLE(ztest_suite_node, UTIL_CAT(z_ztest_test_node_, suite_name)) = { \
		.name = STRINGIFY(suite_name), \
		.setup = (_setup), \
		.before = (_before), \
		.predicate = (_predicate), \
		.stats = &UTIL_CAT(z_ztest_suite_node_stats_, suite_name), \
	}

#define Z_TEST(suite, fn, use_fixture) \
	static void _##suite##_##fn##_wrapper(void *data); \
	static void suite##_##fn(void *fixture); \
	static STRUCT_SECTION_ITERABLE(ztest_unit_test, z_ztest_unit_test__##suite##__##fn) = { \
		.test_suite_name = STRINGIFY(suite), \
		.name = STRINGIFY(fn), \
		.test = (_##suite##_##fn##_wrapper), \
		.thread_options = (use_fixture), \
	}; \
	static void _##suite##_##fn##_wrapper(void *data) \
	{ \
		suite##_##fn(data); \
	} \
	static void suite##_##fn(void *fixture)
#define ZTEST(suite, fn) Z_TEST(suite, fn, 0)
#define ZTEST_F(suite, fn) Z_TEST(suite, fn, 1)

#define ZTEST_RULE(name, before_each_fn, after_each_fn) \
	static STRUCT_SECTION_ITERABLE(ztest_test_rule, z_ztest_test_rule_##name) = { \
		.before_each = (before_each_fn), \
		.after_each = (after_each_fn), \
	}

/* Assertions record a failure of the running test. */
void ztest_fail(const char *cond, const char *file, int line);
#define zassert_true(cond) \
	do { \
		if (!(cond)) \
			ztest_fail(#cond, __FILE__, __LINE__); \
	} while (0)
#define zassert_equal(a, b) zassert_true((a) == (b))

/* What the tests and rules leave behind, for the runner's own checks. */
extern char ztest_trace[256];
void ztest_trace_add(const char *s);
#endif
