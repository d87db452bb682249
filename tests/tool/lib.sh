# SPDX-License-Identifier: MIT
# Shell TAP helpers for the tool's test scripts (sourced, run from the top
# of the tree).  Every helper prints one test point.
LT=${LINKTABLE:-build/bin/linktable}
n=0
failed=0

point() { # point OK DESCRIPTION [DETAIL]
	n=$((n + 1))
	if [ "$1" = 0 ]; then
		echo "ok $n - $2"
	else
		failed=$((failed + 1))
		echo "not ok $n - $2"
		[ -n "${3:-}" ] && printf '%s\n' "$3" | head -20 | sed 's/^/#   /'
	fi
	return 0
}

skip_point() { n=$((n + 1)); echo "ok $n # SKIP $1"; }

# run CMD...: sets $out (stdout), $err (stderr), $rc.
run() {
	local o e
	o=$(mktemp) e=$(mktemp)
	"$@" >"$o" 2>"$e"
	rc=$?
	out=$(cat "$o") err=$(cat "$e")
	rm -f "$o" "$e"
}

# expect_rc WANT DESCRIPTION: the last run's exit status.
expect_rc() { point "$([ "$rc" = "$1" ] && echo 0 || echo 1)" "$2 (exit $1)" "got exit $rc; stderr: $err"; }

# expect_out REGEX DESCRIPTION / expect_err REGEX DESCRIPTION
expect_out() { point "$(printf '%s\n' "$out" | grep -Eq -- "$1" && echo 0 || echo 1)" "$2" "no line matches /$1/ in: $out"; }
expect_no_out() { point "$(printf '%s\n' "$out" | grep -Eq -- "$1" && echo 1 || echo 0)" "$2" "a line matches /$1/ in: $out"; }
expect_err() { point "$(printf '%s\n' "$err" | grep -Eq -- "$1" && echo 0 || echo 1)" "$2" "no stderr line matches /$1/ in: $err"; }

# expect_json DESCRIPTION: the last stdout parses as JSON.
expect_json() { point "$(printf '%s' "$out" | python3 -m json.tool >/dev/null 2>&1 && echo 0 || echo 1)" "$1" "$out"; }

finish() {
	echo "1..$n"
	[ "$failed" -eq 0 ]
}
