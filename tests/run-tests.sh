#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Runs every test program and script given on the command line.  Each prints
# TAP ("ok N - ...", "not ok N - ...", "ok N # SKIP why") and one plan line
# "1..N", before or after its points.  A test that exits non-zero without a
# failing point, crashes, runs past its time limit, prints no plan or fewer
# (or more) points than its plan counts as one more failure: a test that
# stops early must not pass.  Output of each test: build/test-logs/NAME.log.
# Each result line ends with the test's wall time.  Last line:
# "N passed, N failed, N skipped".
set -u
logs=${TEST_LOGS:-build/test-logs}
mkdir -p "$logs"
limit=${TEST_TIMEOUT:-900}
pass=0 fail=0 skipped=0
for t in "$@"; do
	name=$(echo "$t" | sed 's|^build/||; s|^tests/||; s|[/ ]|_|g')
	log=$logs/$name.log
	# A script may ask for more time in a "# test-timeout: SECONDS" line
	# (tests/linux/linux.sh builds four kernels); TEST_TIMEOUT, if set, wins.
	t_limit=$limit
	if [ -z "${TEST_TIMEOUT:-}" ] && [ -f "$t" ]; then
		t_limit=$(sed -n '1,10s/^# test-timeout: \([0-9][0-9]*\)$/\1/p' "$t" 2>/dev/null | head -1)
		t_limit=${t_limit:-$limit}
	fi
	t_start=$SECONDS
	timeout "$t_limit" "$t" >"$log" 2>&1 </dev/null
	rc=$?
	# Each test's wall time, so that CI's budget can be read from its log.
	took="$((SECONDS - t_start)) s"
	p=$(grep -cE '^ok [0-9]+( |$)' "$log" | tr -d ' ')
	s=$(grep -cE '^ok [0-9]+ # SKIP' "$log" | tr -d ' ')
	f=$(grep -cE '^not ok [0-9]+' "$log" | tr -d ' ')
	p=$((p - s))
	plans=$(grep -cE '^1\.\.[0-9]+' "$log" | tr -d ' ')
	planned=$(grep -m1 -E '^1\.\.[0-9]+' "$log" | sed -E 's/^1\.\.([0-9]+).*/\1/')
	extra=""
	if [ "$plans" -ne 1 ]; then
		f=$((f + 1))
		extra=" ($([ "$plans" -eq 0 ] && echo "no plan line: stopped early?" || echo "$plans plan lines"))"
	elif [ "$planned" -ne $((p + s + f)) ]; then
		extra=" (planned $planned tests, ran $((p + s + f)))"
		f=$((f + 1))
	fi
	if [ "$rc" -ne 0 ]; then
		[ "$f" -eq 0 ] && f=1
		extra="$extra (exit status $rc$([ $rc -eq 124 ] && echo ": timed out after ${t_limit}s"))"
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ] && [ "$s" -eq 0 ]; then
		f=1
		extra="$extra (no test points)"
	fi
	pass=$((pass + p)) fail=$((fail + f)) skipped=$((skipped + s))
	if [ "$f" -ne 0 ]; then
		echo "FAIL $t: $p passed, $f failed, $s skipped$extra ($took)"
		grep -E '^not ok|^#' "$log" | head -40 | sed 's/^/    /'
		[ "$rc" -ne 0 ] && tail -5 "$log" | sed 's/^/    | /'
	else
		echo "PASS $t: $p passed, $s skipped ($took)"
	fi
	grep -E '^ok [0-9]+ # SKIP' "$log" | sed 's/^ok [0-9]* # SKIP/    skipped:/' | sort | uniq -c | sed 's/^ */    /' | head -20
done
echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
