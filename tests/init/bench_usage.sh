#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The planner benchmark refuses bad arguments with its usage line, and
# plans a small table correctly when asked right.
set -u
bench=${PLAN_BENCH:-build/bench/init/plan_bench}
n=0
check() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; fi; }
for args in "" "planner" "sorter 10 1" "baseline 10 1" "planner 0 1" "planner ten 1" "planner 10 0" "planner 10 65" \
	"planner 10 1 0" "mockup 10 1 4"; do
	out=$("$bench" $args 2>&1 >/dev/null)
	rc=$?
	check "plan_bench $args: exit 2 with the usage line" "[ $rc -eq 2 ] && echo \"\$out\" | grep -q 'usage: plan_bench planner|mockup N RUNS \\[DEPS\\]'"
done
out=$("$bench" planner 100 1)
check "plan_bench planner 100 1: one result line with no plan errors" "echo '$out' | grep -Eq '^100 [0-9.]+ [0-9.]+ -?[0-9]+ 0 [0-9.]+\$'"
for deps in 1 3; do
	out=$("$bench" mockup 100 1 $deps)
	check "plan_bench mockup 100 1 $deps: the mock-up's algorithm leaves no dependency after its dependent" "echo '$out' | grep -Eq '^100 [0-9.]+ [0-9.]+ -?[0-9]+ 0 [0-9.]+\$'"
done
echo "1..$n"
