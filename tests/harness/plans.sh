#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/run-tests.sh honours TAP plans: a test that stops before its plan,
# prints no plan, or runs more points than planned fails, even when it
# exits 0 and every point it printed passed.
set -u
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
point() { # point STATUS WHAT
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
fake() { # fake NAME BODY: a test script printing BODY and exiting 0
	printf '#!/bin/sh\nprintf "%s"\nexit 0\n' "$2" >"$tmp/$1"
	chmod +x "$tmp/$1"
}
# verdict NAME: the runner's exit status and its FAIL/PASS line for one fake
verdict() {
	out=$(TEST_LOGS=$tmp/logs tests/run-tests.sh "$tmp/$1" 2>&1)
	rc=$?
}
fake stops-early 'ok 1 - a\nok 2 - b\n# planned 4, stopped here\n1..4\n'
fake no-plan 'ok 1 - a\nok 2 - b\n'
fake too-many '1..1\nok 1 - a\nok 2 - b\n'
fake two-plans '1..1\nok 1 - a\n1..1\n'
fake leading-plan '1..2\nok 1 - a\nok 2 # SKIP not here\n'
fake trailing-plan 'ok 1 - a\nnot ok 2 - b\n1..2\n'

verdict stops-early
point "$([ $rc -ne 0 ] && echo "$out" | grep -q 'planned 4 tests, ran 2' && echo 0 || echo 1)" "a test that stops before its plan fails"
verdict no-plan
point "$([ $rc -ne 0 ] && echo "$out" | grep -q 'no plan line' && echo 0 || echo 1)" "a test without a plan line fails"
verdict too-many
point "$([ $rc -ne 0 ] && echo "$out" | grep -q 'planned 1 tests, ran 2' && echo 0 || echo 1)" "a test that runs past its plan fails"
verdict two-plans
point "$([ $rc -ne 0 ] && echo "$out" | grep -q '2 plan lines' && echo 0 || echo 1)" "a test with two plans fails"
verdict leading-plan
point "$([ $rc -eq 0 ] && echo "$out" | grep -q '^1 passed, 0 failed, 1 skipped' && echo 0 || echo 1)" "a plan before the points is honoured"
verdict trailing-plan
point "$([ $rc -ne 0 ] && echo "$out" | grep -q '^1 passed, 1 failed, 0 skipped' && echo 0 || echo 1)" "a failing point under a complete plan counts once"
echo "1..$n"
[ "$failed" -eq 0 ]
