#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/boot/run.sh - planning cost at boot with and without the build-time
# plan (linktable plan + a second link); writes build/bench/boot-plan.md.
# Instruction counts of linktable_plan_make_table() under callgrind.
set -eu
out=build/bench/boot-plan.md
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

{
	echo "## Planning at boot: run time vs. build-time plan"
	echo
	echo "\`bench/boot/run.sh\`: a table of N generated steps (a third PC-only, a third"
	echo "Xen-only, up to 3 hard dependencies each, every fifth one order-only after its"
	echo "predecessor) planned for xen by the core in one"
	echo "call of \`linktable_plan_make_table()\`: first linked alone (it plans), then"
	echo "linked again with the C that \`linktable plan\` emitted from the first link (it"
	echo "checks the table's fingerprint and takes the plan over: no name lookup, no"
	echo "ordering), then that second link sealed by \`linktable seal\` (it compares the"
	echo "seal and takes the plan over: nothing hashed). Instructions from callgrind, one"
	echo "run each (they repeat exactly)."
	echo
	echo "| steps | run-time planning (instructions) | build-time plan, unsealed | of which the fingerprint | sealed | of which the fingerprint | run time / unsealed | run time / sealed |"
	echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$out"
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
	echo "| $n | $a | $b | $f | $c | ${sf:-0} | $(python3 -c "print(f'{$a / $b:.1f}x | {$a / $c:.1f}x')") |" >>"$out"
done
echo >>"$out"
echo "With the unsealed plan, what remains is collecting the step pointers and counting" >>"$out"
echo "their dependency names (for the storage layout), the fingerprint (a hash over names," >>"$out"
echo "levels, masks, flags and dependency names) and the per-step subarch bit: linear, and" >>"$out"
echo "no planning.  Sealed, the fingerprint and the counting are gone (an O(1) seal" >>"$out"
echo "comparison instead): what remains is collecting the step pointers and the subarch bit." >>"$out"
cat "$out"
