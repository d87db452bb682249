#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The boot protocol decoders on inputs no one here wrote: this machine's
# zero page (/sys/kernel/boot_params/data), cross-checked against
# /sys/kernel/boot_params/version and raw bytes read with od; and a real
# Debian kernel bzImage (fetched once into build/debian-kernel by
# fetch-debian-kernel.sh), cross-checked against od and file(1).
# Required under CI=true; skipped with a notice when unavailable locally.
set -u
. tests/tool/lib.sh

# u16/u32 at a byte offset of a file, read by od.
le16() { od -An -tu2 -j "$2" -N2 "$1" | tr -d ' '; }
le32() { od -An -tu4 -j "$2" -N4 "$1" | tr -d ' '; }
u8() { od -An -tu1 -j "$2" -N1 "$1" | tr -d ' '; }
need() { # need WHAT: skip, or fail under CI
	if [ "${CI:-}" = true ]; then
		point 1 "$1 is required under CI"
	else
		skip_point "$1"
	fi
}

ZP=/sys/kernel/boot_params/data
if [ -r "$ZP" ] && [ -r /sys/kernel/boot_params/version ]; then
	run "$LT" bootparams
	expect_rc 0 "bootparams: this machine's zero page (default path)"
	want=$(cat /sys/kernel/boot_params/version)
	expect_out "^protocol version: +[0-9]+\.[0-9]+ \($want\)$" "bootparams: protocol version matches /sys/kernel/boot_params/version ($want)"
	sub=$(le32 "$ZP" $((0x23c)))
	names=(pc lguest xen intel_mid ce4100)
	expect_out "^hardware_subarch: +$sub \(${names[$sub]:-unknown}\)$" "bootparams: hardware_subarch $sub as od reads it"
	lt=$(u8 "$ZP" $((0x210)))
	expect_out "^loader type: +$(printf '0x%02x' "$lt") " "bootparams: loader type byte as od reads it"
	run "$LT" bootparams --json "$ZP"
	expect_json "bootparams --json is JSON"
	expect_out "\"version_value\": $((want))," "bootparams --json: version_value"
	expect_out "\"hardware_subarch\": $sub," "bootparams --json: hardware_subarch"
else
	need "no readable /sys/kernel/boot_params (not Linux on x86, or a container hiding it)"
fi

# The repository's copy of a KVM guest's zero page decodes the same way.
run "$LT" bootparams tests/tool/fuzz/corpus-boot/zero-page-kvm
expect_out "^protocol version: +2\.12 \(0x020c\)$" "bootparams: the committed KVM zero page"

if ! img=$(tests/tool/fetch-debian-kernel.sh 2>build/debian-kernel-fetch.log); then
	need "no Debian kernel: $(tail -1 build/debian-kernel-fetch.log)"
	finish
	exit $?
fi
echo "# Debian kernel: $img"
run "$LT" bzimage "$img"
expect_rc 0 "bzimage: Debian kernel decodes"
expect_out "^magic: +HdrS at 0x202, boot flag 0xaa55$" "bzimage: HdrS magic"
v=$(le16 "$img" $((0x206)))
expect_out "^protocol version: +$((v >> 8))\.$(printf '%02d' $((v & 255))) \($(printf '0x%04x' "$v")\)$" "bzimage: protocol version as od reads it ($(printf '0x%04x' "$v"))"
point "$([ "$v" -ge $((0x0207)) ] && echo 0 || echo 1)" "bzimage: a 6.x kernel speaks protocol >= 2.07"
expect_out "^hardware_subarch: +carried \(protocol >= 2\.07\)$" "bzimage: says it carries hardware_subarch"
ss=$(u8 "$img" $((0x1f1)))
expect_out "^setup sectors: +$ss$" "bzimage: setup sectors as od reads them ($ss)"
release=$(basename "$img" | sed 's/^vmlinuz-//')
expect_out "^kernel version: +$release " "bzimage: kernel version string starts with the package's release ($release)"
if command -v file >/dev/null; then
	fv=$(file -b "$img" | sed -n 's/.*, version \([^ ]*\) .*/\1/p')
	point "$([ "$fv" = "$release" ] && echo 0 || echo 1)" "bzimage: file(1) reads the same version ($fv)"
else
	skip_point "file(1) not installed"
fi
expect_out "^0x23c +4  hardware_subarch +0$" "bzimage: field table shows hardware_subarch at 0x23c"
expect_out "^0x268 +4  kernel_info_offset +0x[0-9a-f]+$" "bzimage: protocol 2.15 field kernel_info_offset present"
run "$LT" bzimage --json "$img"
expect_json "bzimage --json is JSON"
expect_out "\"has_hardware_subarch\": true" "bzimage --json: has_hardware_subarch"
finish
