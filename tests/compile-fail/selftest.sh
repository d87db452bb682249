#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Feeds run.sh the inputs it must refuse or report - code that compiles, a
# file without its expect line, a message that does not match, an unknown
# compiler, an empty or missing directory - and checks what it says.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
runner=tests/compile-fail/run.sh

# $1 file name, $2 its first line, $3 the C source after it, $4 directory
case_file() {
	mkdir -p "$scratch/$4"
	printf '%s\n/* compilers: gcc */\n%s\n' "$2" "$3" >"$scratch/$4/$1"
}

case_file good.c '/* expect: static assertion failed */' '_Static_assert(0, "no");' good
out=$("$runner" "$scratch/good" 2>&1)
rc=$?
[ $rc -eq 0 ] && echo "$out" | grep -q '^ok 1 - good.c: gcc rejects it$'
tap_point $? "a file that fails as expected passes"

# $1 dir, $2 regex the runner's output must match; the run must fail
expect_failure() {
	local out rc
	out=$("$runner" "$scratch/$1" 2>&1)
	rc=$?
	[ $rc -ne 0 ] && echo "$out" | grep -Eq -- "$2" || {
		tap_diag "$out"
		return 1
	}
}

case_file compiles.c '/* expect: anything */' 'int fine;' compiles
expect_failure compiles '^not ok 1 - compiles.c: gcc compiled it, but it must not compile$'
tap_point $? "code that compiles is a failure"

case_file noexpect.c '/* SPDX-License-Identifier: MIT */' '_Static_assert(0, "no");' noexpect
expect_failure noexpect '^not ok 1 - noexpect.c: the first line must be /\* expect: <extended regex> \*/$'
tap_point $? "a file without its expect line is a failure, with the reason"

case_file wrongmsg.c '/* expect: a message no compiler writes */' '_Static_assert(0, "no");' wrongmsg
expect_failure wrongmsg '^not ok 1 - wrongmsg.c: gcc rejects it, but its message does not match'
tap_point $? "a rejection with another message is a failure"

printf '/* expect: x */\n/* compilers: tcc */\nint x\n' >"$scratch/good/tcc.c"
expect_failure good "^not ok 2 - tcc.c: unknown compiler 'tcc'"
tap_point $? "an unknown compiler name is a failure"

mkdir -p "$scratch/empty"
expect_failure empty '^not ok 1 - no \*.c or \*.cc files in'
tap_point $? "a directory without cases is a failure"

expect_failure missing-dir '^not ok 1 - no such directory'
tap_point $? "a missing directory is a failure"
tap_done
