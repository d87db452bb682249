#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/boot/run.sh - planning cost at boot with and without the build-time
# plan (linktable plan + a second link).
# Instruction counts of linktable_plan_make_table() under callgrind.
set -eu
work=build/bench/boot
tool=build/bin/linktable
mkdir -p "$work"
command -v valgrind >/dev/null || { echo "bench/boot: needs valgrind" >&2; exit 1; }
cc=${CC:-cc}
flags="-std=gnu11 -O2 -Iinclude"

ir() { # $1 program, $2 function
	valgrind --tool=callgrind --callgrind-out-file="$1.cg" --toggle-collect="$2" \
		"$1" >"$1.out" 2>"$1.err" &&
		callgrind_annotate "$1.cg" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}'
}

res=${BENCH_RESULTS:-bench/results/boot}
rm -rf "$res"
mkdir -p "$res"
for n in 100 1000 10000; do
	python3 bench/boot/gen.py "$n" >"$work/steps$n.c"
	# shellcheck disable=SC2086 # flag list
	$cc $flags -o "$work/first$n" bench/boot/boot_plan.c "$work/steps$n.c" build/lib/liblinktable-core.a
	"$tool" plan "$work/first$n" >"$work/plan$n.c"
	# shellcheck disable=SC2086 # flag list
	$cc $flags -o "$work/second$n" bench/boot/boot_plan.c "$work/steps$n.c" "$work/plan$n.c" \
		build/lib/liblinktable-core.a
	cp "$work/second$n" "$work/sealed$n"
	"$tool" seal "$work/sealed$n" >/dev/null
	a=$(ir "$work/first$n" linktable_plan_make_table)
	f=$(ir "$work/second$n" linktable_plan_fingerprint)
	b=$(ir "$work/second$n" linktable_plan_make_table)
	sf=$(ir "$work/sealed$n" linktable_plan_fingerprint)
	c=$(ir "$work/sealed$n" linktable_plan_make_table)
	[ "$sf" = . ] && sf=0 # callgrind_annotate writes nothing counted as "."
	grep -q "planned at run time" "$work/first$n.out"
	grep -q ", build-time plan" "$work/second$n.out"
	grep -q "sealed build-time plan" "$work/sealed$n.out"
	echo "$n $a $b $f $c ${sf:-0}" >>"$res/plan.tsv"
done
echo "$cc $flags" >"$res/compiler"
echo "${BENCH_RUN_ID:-unset}" >"$res/run-id"
echo "bench/boot: wrote $res"
