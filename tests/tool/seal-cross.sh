#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# "linktable seal" on images of other ABIs than the host's: 32-bit
# little-endian (i686, armhf), 64-bit big-endian (s390x) and the other
# 64-bit little-endian ABIs (aarch64, riscv64).  The tool
# digests its copy of the plan, laid out as the host lays it out, and the
# boot digests the image's own; the seal must come out the same, or the
# boot silently hashes its table after all (as a 3-step i686 plan did, its
# object being smaller than the host's struct).  Each image is sealed,
# checked, and run under qemu-user: it must take the plan over by its seal.
# Cross compilers and qemu-user-static are required when CI=true.
set -u
. tests/tool/lib.sh
D=build/tests/tool/seal-cross
rm -rf "$D"
mkdir -p "$D"
for target in i686:i386 arm:arm s390x:s390x aarch64:aarch64 riscv64:riscv64; do
	arch=${target%%:*} qemu=qemu-${target##*:}-static
	cc=$arch-linux-gnu-gcc
	[ "$arch" = arm ] && cc=arm-linux-gnueabihf-gcc
	if ! command -v "$cc" >/dev/null || ! command -v "$qemu" >/dev/null; then
		if [ "${CI:-}" = true ]; then
			point 1 "$cc and $qemu are installed (CI=true: required)"
		else
			skip_point "$arch: $cc or $qemu not installed"
		fi
		continue
	fi
	# the core from source, once per ABI: make builds it for the host only
	mkdir -p "$D/$arch-core"
	for src in src/core/*.c; do
		"$cc" -std=gnu11 -O2 -Iinclude -c -o "$D/$arch-core/$(basename "$src" .c).o" "$src" 2>>"$D/$arch-core.err"
	done
	ar rcs "$D/$arch-core.a" "$D/$arch-core"/*.o 2>>"$D/$arch-core.err"
	for steps in 3 40; do
		t=$D/$arch-$steps
		python3 bench/boot/gen.py "$steps" >"$t.steps.c" 2>/dev/null
		build() { "$cc" -std=gnu11 -O2 -Iinclude -static -o "$@" "$D/$arch-core.a" 2>>"$t.cc.err"; }
		build "$t.first" bench/boot/boot_plan.c "$t.steps.c" && "$LT" plan "$t.first" >"$t.plan.c" 2>>"$t.cc.err" &&
			build "$t.sealed" bench/boot/boot_plan.c "$t.steps.c" "$t.plan.c"
		point $? "$arch, $steps steps: first link, plan, second link" "$(cat "$D/$arch-core.err" "$t.cc.err")"
		run "$LT" seal "$t.sealed"
		expect_rc 0 "$arch, $steps steps: seal"
		run "$LT" check "$t.sealed"
		expect_rc 0 "$arch, $steps steps: check holds on the sealed image"
		run "$qemu" "$t.sealed"
		expect_out "^0 errors, .*, sealed build-time plan$" "$arch, $steps steps: the boot takes the plan over by its seal"
	done
done
finish
