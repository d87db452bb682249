#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the fake zero pages the detection tests read into DIR (default
# build/tests/subarch/data): boot_params images, one per case, built with
# printf and dd only.  Little-endian fields: version (u16 at 0x206),
# hardware_subarch (u32 at 0x23c); "HdrS" at 0x202, boot flag at 0x1fe.
set -eu
dir=${1:-build/tests/subarch/data}
mkdir -p "$dir"

# put FILE OFFSET BYTES...: write bytes (hex) at a decimal offset.
put() {
	local file=$1 off=$2 hex=""
	shift 2
	for b in "$@"; do hex="$hex\\x$b"; done
	printf "$hex" | dd of="$file" bs=1 seek="$off" conv=notrunc status=none
}

# le BYTES VALUE: VALUE as BYTES little-endian hex bytes.
le() {
	local n=$1 v=$2 i out=""
	for ((i = 0; i < n; i++)); do
		out="$out $(printf '%02x' $(((v >> (8 * i)) & 0xff)))"
	done
	echo $out
}

# name version subarch size
while read -r name version subarch size; do
	f="$dir/$name.bin"
	head -c 4096 /dev/zero >"$f"
	put "$f" $((0x1fe)) 55 aa
	put "$f" $((0x202)) 48 64 72 53
	put "$f" $((0x206)) $(le 2 $((version)))
	put "$f" $((0x23c)) $(le 4 $((subarch)))
	truncate -s "$size" "$f"
done <<'EOC'
pc 0x020c 0 4096
xen 0x020f 2 4096
lguest 0x0207 1 4096
intel_mid 0x020c 3 4096
ce4100 0x020c 4 4096
old_protocol 0x0206 2 4096
unknown_value 0x020c 77 4096
huge_value 0x020c 0xffffffff 4096
short 0x020c 2 512
cut_in_subarch 0x020c 2 574
empty 0x020c 2 0
program_defined 0x020c 7 4096
bad_version 0xffff 2 4096
EOC
