/* SPDX-License-Identifier: MIT */
/*
 * tests/compat/users/zephyr_ztest/runner.c - the runner, as ztest's: every
 * suite node in name order, its predicate, setup and before, then every
 * test entry of that suite in name order with every rule around it; then
 * TAP of what ran (order, counts, statistics in the suites' RAM).
 */
#include <string.h>
#include "ztest.h"
#include "../tap.h"

ITERABLE_SECTION_ROM(ztest_suite_node, 4);
ITERABLE_SECTION_RAM(ztest_unit_test, 4);
ITERABLE_SECTION_RAM(ztest_test_rule, 4);

char ztest_trace[256];
static int current_failed;

void ztest_trace_add(const char *s)
{
	if (strlen(ztest_trace) + strlen(s) + 2 < sizeof(ztest_trace)) {
		strcat(ztest_trace, s);
		strcat(ztest_trace, " ");
	}
}

void ztest_fail(const char *cond, const char *file, int line)
{
	(void)cond;
	(void)file;
	(void)line;
	current_failed = 1;
}

static int run_suite(const struct ztest_suite_node *suite)
{
	void *data = NULL;
	int ran = 0;

	if (suite->predicate && !suite->predicate(NULL))
		return 0;
	if (suite->setup)
		data = suite->setup();
	STRUCT_SECTION_FOREACH(ztest_unit_test, test) {
		if (strcmp(test->test_suite_name, suite->name) != 0)
			continue;
		if (suite->before)
			suite->before(data);
		STRUCT_SECTION_FOREACH(ztest_test_rule, rule) {
			if (rule->before_each)
				rule->before_each(test, data);
		}
		current_failed = 0;
		test->test(data);
		STRUCT_SECTION_FOREACH(ztest_test_rule, rule) {
			if (rule->after_each)
				rule->after_each(test, data);
		}
		suite->stats->run_count++;
		suite->stats->fail_count += (unsigned int)current_failed;
		ran++;
	}
	return ran;
}

int main(void)
{
	char suites[64] = "";
	int ran = 0, nsuites = 0, ntests = 0, nrules = 0;
	unsigned int fails = 0, runs = 0;

	STRUCT_SECTION_COUNT(ztest_suite_node, &nsuites);
	STRUCT_SECTION_COUNT(ztest_unit_test, &ntests);
	STRUCT_SECTION_COUNT(ztest_test_rule, &nrules);
	ok(nsuites == 3 && ntests == 6 && nrules == 1, "3 suites, 6 tests, 1 rule from 2 files");

	STRUCT_SECTION_FOREACH(ztest_suite_node, suite) {
		strcat(suites, suite->name);
		strcat(suites, " ");
		ran += run_suite(suite);
	}
	ok(!strcmp(suites, "kernel lib skipped "), "suites by name");
	ok(ran == 5, "5 tests ran (the skipped suite's predicate said no)");
	/* z_ztest_unit_test__kernel__test_fails_on_purpose_ < ..._test_mutex_ < ..._test_sem_ */
	ok(!strcmp(ztest_trace, "< fail > < mutex > < sem > < memcmp > < strlen > "),
	   "each suite's tests by name, the rule around each");
	STRUCT_SECTION_FOREACH(ztest_suite_node, suite) {
		runs += suite->stats->run_count;
		fails += suite->stats->fail_count;
	}
	ok(runs == 5 && fails == 1, "statistics through the const suite nodes' pointers: 5 runs, 1 failure");
	return done_testing();
}
