#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The build-time plan in a hosted program: link, "linktable plan" the
# result, compile the emitted C, link again; the second program takes the
# plan over, with the same order as run-time planning.  40 steps (with hard
# and order-only dependencies): the emitted arrays span several lines.
set -u
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
flags="-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude"
out=build/tests/tool/second-link
mkdir -p "$out"
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

python3 bench/boot/gen.py 40 >"$out/steps.c"
# shellcheck disable=SC2086 # flag list
$cc $flags -o "$out/first" bench/boot/boot_plan.c "$out/steps.c" build/lib/liblinktable-core.a 2>"$out/err" &&
	"$out/first" >"$out/first.out"
point $? "first link plans at run time ($(cat "$out/first.out" 2>/dev/null))"
build/bin/linktable plan "$out/first" >"$out/plan.c" 2>>"$out/err"
point $? "linktable plan emits the plan"
# shellcheck disable=SC2086 # flag list
$cc $flags -o "$out/second" bench/boot/boot_plan.c "$out/steps.c" "$out/plan.c" build/lib/liblinktable-core.a \
	2>>"$out/err" && "$out/second" >"$out/second.out" && grep -q "build-time plan" "$out/second.out" &&
	[ "$(sed 's/, [a-z -]*$//' "$out/first.out")" = "$(sed 's/, [a-z -]*$//' "$out/second.out")" ]
point $? "the second link takes it over ($(cat "$out/second.out" 2>/dev/null))"
sed 's/^/# /' "$out/err" | head -5
echo "1..$n"
