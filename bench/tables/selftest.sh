#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/tables/selftest.sh - the benchmark generator works and rejects bad
# input (run by make check; the benchmark itself by make bench).
set -u
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
point() { # cond-status desc
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
# rejects ARGS... REGEX: gen.sh fails with a message matching REGEX.
rejects() {
	local re=${*: -1} args=("${@:1:$#-1}")
	! bench/tables/gen.sh "${args[@]}" >/dev/null 2>"$tmp/err" && grep -qE "$re" "$tmp/err"
	point $? "gen.sh ${args[*]:-(no arguments)} fails: $(head -1 "$tmp/err")"
}
rejects iter "N must be a non-negative integer, got ''"
rejects iter 12x "N must be a non-negative integer, got '12x'"
rejects iter -5 "N must be a non-negative integer, got '-5'"
rejects sort 10 "unknown kind 'sort'"
rejects iter 10 0 "LEVELS must be an integer from 1 to 100, got '0'"
rejects iter 10 101 "LEVELS must be an integer from 1 to 100, got '101'"

cflags=(-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude)
# The walk program checks that its table and array hold the same entries.
bench/tables/gen.sh iter 37 >"$tmp/iter.c" && gcc "${cflags[@]}" "$tmp/iter.c" -o "$tmp/iter" && "$tmp/iter" >/dev/null
point $? "iter 37: builds, and the table holds the array's 37 entries"
nm "$tmp/iter" | grep -q ' walk_span$'
point $? "iter 37: has the span walk"
bench/tables/gen.sh table 5 >"$tmp/table.c" && gcc "${cflags[@]}" "$tmp/table.c" -o "$tmp/table" &&
	"$tmp/table" && [ "$(nm "$tmp/table" | grep -cE ' [dDrR] r[0-9]+$')" -eq 5 ]
point $? "table 5: builds, runs, 5 entries in the binary"
bench/tables/gen.sh ctor 5 >"$tmp/ctor.c" && gcc "${cflags[@]}" "$tmp/ctor.c" bench/tables/registry.c -o "$tmp/ctor" &&
	"$tmp/ctor" && [ "$(grep -c '__attribute__((constructor))' "$tmp/ctor.c")" -eq 5 ]
point $? "ctor 5: builds, runs, 5 constructors"
bench/tables/gen.sh iter 37 4 >"$tmp/iter4.c" && gcc "${cflags[@]}" "$tmp/iter4.c" -o "$tmp/iter4" && "$tmp/iter4" >/dev/null &&
	[ "$(grep -oE 'LINKTABLE_ENTRY\(items, [0-9]+' "$tmp/iter4.c" | sort -u | wc -l)" -eq 4 ]
point $? "iter 37 4: builds, the table holds the array's entries, in 4 levels"
bench/tables/gen.sh rel 5 >"$tmp/rel.c" && gcc "${cflags[@]}" "$tmp/rel.c" -o "$tmp/rel" && "$tmp/rel" &&
	bench/tables/gen.sh fnptr 5 >"$tmp/fnptr.c" && gcc "${cflags[@]}" "$tmp/fnptr.c" -o "$tmp/fnptr" && "$tmp/fnptr"
point $? "rel 5, fnptr 5: build and count 5 entries"
bench/tables/gen.sh centry 5 >"$tmp/centry.c" && gcc "${cflags[@]}" -c "$tmp/centry.c" -o "$tmp/centry.o" &&
	bench/tables/gen.sh carray 5 >"$tmp/carray.c" && gcc "${cflags[@]}" -c "$tmp/carray.c" -o "$tmp/carray.o"
point $? "centry 5, carray 5: compile"
bench/tables/gen.sh cplain 5 >"$tmp/cplain.c" && gcc "${cflags[@]}" -c "$tmp/cplain.c" -o "$tmp/cplain.o" &&
	bench/tables/gen.sh csection 5 >"$tmp/csection.c" && gcc "${cflags[@]}" -c "$tmp/csection.c" -o "$tmp/csection.o" &&
	[ "$(nm "$tmp/cplain.o" | grep -cE ' [RrDd] r[0-9]+$')" -eq 5 ] && [ "$(nm "$tmp/csection.o" | grep -cE ' [RrDd] r[0-9]+$')" -eq 5 ]
point $? "cplain 5, csection 5: compile to 5 objects each"
bench/tables/gen.sh protected 3 >"$tmp/protected.c" && gcc "${cflags[@]}" -fPIE -pie "$tmp/protected.c" -o "$tmp/protected" &&
	[ "$("$tmp/protected")" = 3 ] && gcc "${cflags[@]}" -fPIE -pie -DLINKTABLE_NO_PROTECT "$tmp/protected.c" -o "$tmp/unprotected" &&
	[ "$("$tmp/unprotected")" = 0 ]
point $? "protected 3: a PIE protects its 3 tables, 0 with LINKTABLE_NO_PROTECT"
echo "1..$n"
[ $failed -eq 0 ]
