#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/kernel/run.sh - the kernel's boot cost on each entry path, in TSC
# cycles from the entry's first instruction to the end of init (the
# kernel prints "boot: N cycles ..."), and the planning cost at boot.
# Two measures per path:
#   - under -icount shift=0 the guest TSC advances one tick per guest
#     instruction: a deterministic instruction count, one run;
#   - plain TCG (what make check runs): TSC ticks of emulated time, which
#     follow the host and its load: min / median / max of $RUNS runs.
# Writes build/bench/kernel.md.  Needs qemu-system-x86_64 (and the Xen
# hypervisor from tests/kernel/fetch-xen.sh for the PV path).
set -eu
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
out=build/bench/kernel.md
bz=build/boot/linktable-kernel.bzImage elf=build/boot/linktable-kernel.elf
sealed_bz=$bz sealed_elf=$elf
# The same second link before "linktable seal" (the boot hashes its table).
unsealed_elf=build/boot/linktable-kernel.unsealed.elf unsealed_bz=build/bench/kernel-unsealed.bzImage
qemu=qemu-system-x86_64
mkdir -p build/bench
if ! command -v $qemu >/dev/null; then
	printf '## Kernel boot (bench/kernel)\n\nNot measured: %s is not installed.\n' $qemu >"$out"
	exit 0
fi
xen=$(tests/kernel/fetch-xen.sh 2>/dev/null) || xen=""
examples/kernel/mkbzimage.sh build/boot/setup.bin "$unsealed_elf" "$unsealed_bz"
base=(-machine pc -m 256 -display none -serial stdio -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04)

# boot PATH EXTRA-QEMU-ARGS...: prints the kernel's output.
boot() {
	local path=$1
	shift
	case $path in
	qemu-bzimage) timeout 300 $qemu "${base[@]}" "$@" -kernel "$bz" ;;
	pvh) timeout 300 $qemu "${base[@]}" "$@" -kernel "$elf" ;;
	xen-pv) timeout 300 $qemu "${base[@]}" "$@" -kernel "$xen" \
		-append "console=com1 com1=115200,8n1 dom0_mem=64M dom0_max_vcpus=1 noreboot" -initrd "$elf" ;;
	esac </dev/null || true
}
field() { sed -n "s/.*boot: \([0-9]*\) cycles from entry to the end of init.*/\1/p"; }
plan_field() { sed -n 's/.*planned at boot in \([0-9]*\) cycles.*/\1/p' | head -1; }
prebuilt_field() { sed -n 's/.*build-time plan (fingerprint 0x[0-9a-f]*) taken over in \([0-9]*\) cycles ('"$1"').*/\1/p' | head -1; }
stats() { sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "%d | %d | %d", v[1], v[int((NR + 1) / 2)], v[NR]; else printf "- | - | -" }'; }

paths="qemu-bzimage pvh"
[ -n "$xen" ] && paths="$paths xen-pv"
{
	echo "## Kernel boot: entry to end of init (bench/kernel)"
	echo
	echo "\`bench/kernel/run.sh\` (RUNS=$runs) boots build/boot/linktable-kernel.* under QEMU $($qemu --version | head -1 | awk '{print $4}') TCG."
	echo "\"icount\" runs use \`-icount shift=0\`: the guest TSC then counts guest instructions (plus"
	echo "emulated I/O time), so the number repeats exactly; TCG runs count emulated time and"
	echo "vary with the host's load.  \"entry -> end of init\" leaves out the 10 ms TSC calibration"
	echo "against the PIT; planning is the planner alone (linktable_plan_make_table() on the"
	echo "7-step table) at run time, and taking over the build-time plan of the second link"
	echo "(\`linktable plan\`): unsealed, the table's fingerprint is computed and compared; sealed"
	echo "by \`linktable seal\` after the link (what the build ships), only the seal is compared."
	echo "The kernel prints all three; the unsealed column boots the image before \`linktable seal\`."
	echo
	echo "| path | icount: entry -> end of init | icount: planning at run time | icount: build-time plan, unsealed | icount: build-time plan, sealed | TCG min | TCG median | TCG max |"
	echo "|---|---|---|---|---|---|---|---|"
	for p in $paths; do
		bz=$unsealed_bz elf=$unsealed_elf
		pu=$(boot "$p" -icount shift=0 | prebuilt_field "unsealed: the table hashed")
		bz=$sealed_bz elf=$sealed_elf
		log=$(boot "$p" -icount shift=0)
		ic=$(echo "$log" | field)
		pl=$(echo "$log" | plan_field)
		pb=$(echo "$log" | prebuilt_field "sealed: nothing hashed")
		tcg=$(for _ in $(seq "$runs"); do boot "$p" | field; done | stats)
		echo "| $p | ${ic:--} | ${pl:--} | ${pu:--} | ${pb:--} | $tcg |"
	done
	echo
	echo "Reading: with the unsealed build-time plan, what remains of planning at boot is the"
	echo "fingerprint check (hashing the steps' names, levels, masks and dependency names); sealed,"
	echo "it is counting and collecting the step pointers and marking the steps of other subarchs."
	echo "Most of a boot is console output: every trace character is a polled 16550 write natively,"
	echo "a hypercall under Xen.  TCG cycle counts follow the host clock and spread widely on a"
	echo "loaded machine."
} >"$out"
cat "$out"
