#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/boot/render.sh [DIR] - the Markdown section of bench/boot from its
# raw results (default bench/results/boot).
set -eu
cd "$(dirname "$0")/../.."
res=${1:-bench/results/boot}
{
	echo "## Planning at boot: run time vs. build-time plan"
	echo
	echo "\`bench/boot/run.sh\`: a table of N generated steps (a third PC-only, a third"
	echo "Xen-only, up to 3 hard dependencies each, every fifth one order-only after its"
	echo "predecessor) planned for xen by the core in one"
	echo "call of \`linktable_plan_make_table()\`: first linked alone (it plans), then"
	echo "linked again with the C that \`linktable plan\` emitted from the first link (it"
	echo "checks the table's fingerprint and takes the plan over: no name lookup, no"
	echo "ordering), then that second link sealed by \`linktable seal\` (it checks the"
	echo "seal and takes the plan over: no name hashed). Instructions from callgrind, one"
	echo "run each (they repeat exactly)."
	echo
	echo "| steps | run-time planning (instructions) | build-time plan, unsealed | of which the fingerprint | sealed | of which the fingerprint | run time / unsealed | run time / sealed |"
	echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
	while read -r n a b f c sf; do
		echo "| $n | $a | $b | $f | $c | $sf | $(awk -v a=$a -v b=$b -v c=$c 'BEGIN { printf "%.1fx | %.1fx", a / b, a / c }') |"
	done <"$res/plan.tsv"
	echo
	echo "Compiler: \`$(cat "$res/compiler")\`."
	echo
	echo "With the unsealed plan, what remains is collecting the step pointers and counting"
	echo "their dependency names (for the storage layout), the fingerprint (a hash over names,"
	echo "levels, masks, flags and dependency names) and the per-step subarch bit: linear, and"
	echo "no planning.  Sealed, the fingerprint and the counting are gone: what remains is"
	echo "collecting the step pointers, one pass over the plan's own integer arrays (their bounds"
	echo "and the digest the seal covers: no string hashed), and the order checked as the steps"
	echo "of other subarchs are marked."
}
