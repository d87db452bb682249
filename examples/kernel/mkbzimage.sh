#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# mkbzimage.sh SETUP.bin KERNEL.elf OUT - a bzImage: the setup sectors
# (setup.S) followed by the kernel's loadable bytes as a flat binary (from
# code32_start, 0x100000).  Patches the setup header fields that depend on
# the sizes: setup_sects (0x1f1), syssize (0x1f4, 16-byte units) and
# init_size (0x260, bytes from code32_start to _end, .bss included).
set -eu
setup=$1 elf=$2 out=$3
tmp=$out.tmp
objcopy -O binary --only-section='.head.text' --only-section='.text*' --only-section='.rodata' \
	--only-section='.note.Xen' --only-section='.data' --only-section='linktable_*' \
	--only-section='.note.linktable' "$elf" "$tmp.kernel"
setup_size=$(stat -c %s "$setup")
kernel_size=$(stat -c %s "$tmp.kernel")
if [ $((setup_size % 512)) -ne 0 ] || [ "$setup_size" -lt 1024 ]; then
	echo "mkbzimage: $setup is $setup_size bytes, not whole sectors" >&2
	exit 1
fi
sects=$((setup_size / 512 - 1))
end=$(nm "$elf" | awk '$3 == "_end" { print $1 }')
text=$(nm "$elf" | awk '$3 == "_text" { print $1 }')
init_size=$((0x$end - 0x$text))
le() { # value bytes -> little-endian bytes, as printf escapes
	local v=$1 n=$2 s=""
	for _ in $(seq "$n"); do
		s="$s$(printf '\\%03o' $((v & 255)))"
		v=$((v >> 8))
	done
	printf "$s"
}
cp "$setup" "$tmp"
patch() { le "$2" "$3" | dd of="$tmp" bs=1 seek=$(($1)) conv=notrunc status=none; }
patch 0x1f1 "$sects" 1
patch 0x1f4 $(((kernel_size + 15) / 16)) 4
patch 0x260 "$init_size" 4
cat "$tmp.kernel" >>"$tmp"
rm -f "$tmp.kernel"
mv "$tmp" "$out"
