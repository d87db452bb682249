#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Runs every test program and script given on the command line.  Each prints
# TAP ("ok N - ...", "not ok N - ...", "ok N # SKIP why").  A program that
# exits non-zero without a failing point, crashes or runs past its time limit
# counts as one more failure.  Output of each test: build/test-logs/NAME.log.
# Last line: "N passed, N failed, N skipped".
set -u
logs=build/test-logs
mkdir -p "$logs"
limit=${TEST_TIMEOUT:-900}
pass=0 fail=0 skipped=0
for t in "$@"; do
	name=$(echo "$t" | sed 's|^build/||; s|^tests/||; s|[/ ]|_|g')
	log=$logs/$name.log
	timeout "$limit" "$t" >"$log" 2>&1 </dev/null
	rc=$?
	p=$(grep -cE '^ok [0-9]+( |$)' "$log" | tr -d ' ')
	s=$(grep -cE '^ok [0-9]+ # SKIP' "$log" | tr -d ' ')
	f=$(grep -cE '^not ok [0-9]+' "$log" | tr -d ' ')
	p=$((p - s))
	extra=""
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		f=1
		extra=" (exit status $rc$([ $rc -eq 124 ] && echo ": timed out after ${limit}s"))"
	fi
	if [ "$p" -eq 0 ] && [ "$f" -eq 0 ] && [ "$s" -eq 0 ]; then
		f=1
		extra=" (no test points)"
	fi
	pass=$((pass + p)) fail=$((fail + f)) skipped=$((skipped + s))
	if [ "$f" -ne 0 ]; then
		echo "FAIL $t: $p passed, $f failed, $s skipped$extra"
		grep -E '^not ok|^#' "$log" | head -40 | sed 's/^/    /'
		[ "$rc" -ne 0 ] && tail -5 "$log" | sed 's/^/    | /'
	else
		echo "PASS $t: $p passed, $s skipped"
	fi
	grep -E '^ok [0-9]+ # SKIP' "$log" | sed 's/^ok [0-9]* # SKIP/    skipped:/' | sort | uniq -c | sed 's/^ */    /' | head -20
done
echo "$pass passed, $fail failed, $skipped skipped"
[ "$fail" -eq 0 ]
