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
# Raw results to bench/results/kernel (bench/kernel/render.sh makes the
# Markdown).  Needs qemu-system-x86_64 (and the Xen
# hypervisor from tests/kernel/fetch-xen.sh for the PV path).
set -eu
cd "$(dirname "$0")/../.."
runs=${RUNS:-5}
res=${BENCH_RESULTS:-bench/results/kernel}
rm -rf "$res"
mkdir -p "$res"
bz=build/boot/linktable-kernel.bzImage elf=build/boot/linktable-kernel.elf
sealed_bz=$bz sealed_elf=$elf
# The same second link before "linktable seal" (the boot hashes its table).
unsealed_elf=build/boot/linktable-kernel.unsealed.elf unsealed_bz=build/bench/kernel-unsealed.bzImage
qemu=qemu-system-x86_64
mkdir -p build/bench
echo "${BENCH_RUN_ID:-unset}" >"$res/run-id"
if ! command -v $qemu >/dev/null; then
	printf 'missing\t%s\n' $qemu >"$res/meta.tsv"
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

paths="qemu-bzimage pvh"
[ -n "$xen" ] && paths="$paths xen-pv"
printf 'qemu\t%s\nruns\t%s\n' "$($qemu --version | head -1 | awk '{print $4}')" "$runs" >"$res/meta.tsv"
for p in $paths; do
	bz=$unsealed_bz elf=$unsealed_elf
	pu=$(boot "$p" -icount shift=0 | prebuilt_field "unsealed: the table hashed")
	bz=$sealed_bz elf=$sealed_elf
	log=$(boot "$p" -icount shift=0)
	ic=$(echo "$log" | field)
	pl=$(echo "$log" | plan_field)
	pb=$(echo "$log" | prebuilt_field "sealed: nothing hashed")
	tcg=$(for _ in $(seq "$runs"); do boot "$p" | field; done | tr '\n' ' ')
	echo "$p ${ic:--} ${pl:--} ${pu:--} ${pb:--} $tcg"
done >"$res/kernel.tsv"
echo "bench/kernel: wrote $res"
