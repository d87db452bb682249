#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/kernel/render.sh [DIR] - the Markdown section of bench/kernel from
# its raw results (default bench/results/kernel).
set -eu
cd "$(dirname "$0")/../.."
res=${1:-bench/results/kernel}
meta() { awk -F '\t' -v k="$1" '$1 == k { print $2 }' "$res/meta.tsv"; }
stats() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%d | %d | %d", v[1], v[int((NR + 1) / 2)], v[NR]; else printf "- | - | -" }'; }
if [ -n "$(meta missing)" ]; then
	printf '## Kernel boot (bench/kernel)\n\nNot measured: %s is not installed.\n' "$(meta missing)"
	exit 0
fi
{
	echo "## Kernel boot: entry to end of init (bench/kernel)"
	echo
	echo "\`bench/kernel/run.sh\` (RUNS=$(meta runs)) boots build/boot/linktable-kernel.* under QEMU $(meta qemu) TCG."
	echo "\"icount\" runs use \`-icount shift=0\`: the guest TSC then counts guest instructions (plus"
	echo "emulated I/O time), so the number repeats exactly; TCG runs count emulated time and"
	echo "vary with the host's load.  \"entry -> end of init\" leaves out the 10 ms TSC calibration"
	echo "against the PIT; planning is the planner alone (linktable_plan_make_table() on the"
	echo "kernel's init table) at run time, and taking over the build-time plan of the second link"
	echo "(\`linktable plan\`): unsealed, the table's fingerprint is computed and compared; sealed"
	echo "by \`linktable seal\` after the link (what the build ships), the seal is checked against"
	echo "the plan's own digest and the table is not hashed."
	echo "The kernel prints all three; the unsealed column boots the image before \`linktable seal\`."
	echo
	echo "| path | icount: entry -> end of init | icount: planning at run time | icount: build-time plan, unsealed | icount: build-time plan, sealed | TCG min | TCG median | TCG max |"
	echo "|---|---|---|---|---|---|---|---|"
	while read -r p ic pl pu pb tcg; do
		echo "| $p | $ic | $pl | $pu | $pb | $(echo "$tcg" | tr ' ' '\n' | grep . | stats) |"
	done <"$res/kernel.tsv"
	echo
	echo "Reading: with the unsealed build-time plan, what remains of planning at boot is the"
	echo "fingerprint check (hashing the steps' names, levels, masks and dependency names); sealed,"
	echo "it is counting and collecting the step pointers, one pass over the plan's own integer arrays"
	echo "(bounds and digest), and the order checked as the steps of other subarchs are marked."
	echo "Most of a boot is console output: every trace character is a polled 16550 write natively,"
	echo "a hypercall under Xen.  TCG cycle counts follow the host clock and spread widely on a"
	echo "loaded machine."
}
