#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Writes the fake zero pages the detection tests read into DIR (default
# build/tests/subarch/data): 4 KiB boot_params images, each a case.
#   NAME.bin: version (u16 at 0x206), hardware_subarch (u32 at 0x23c), size
set -eu
dir=${1:-build/tests/subarch/data}
mkdir -p "$dir"
# name version subarch size
while read -r name version subarch size; do
	python3 - "$dir/$name.bin" "$version" "$subarch" "$size" <<'EOP'
import struct, sys
path, version, subarch, size = sys.argv[1], int(sys.argv[2], 0), int(sys.argv[3], 0), int(sys.argv[4], 0)
page = bytearray(4096)
page[0x1fe:0x200] = b"\x55\xaa"
page[0x202:0x206] = b"HdrS"
page[0x206:0x208] = struct.pack("<H", version)
page[0x23c:0x240] = struct.pack("<I", subarch)
open(path, "wb").write(bytes(page[:size]))
EOP
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
EOC
