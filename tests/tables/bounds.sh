#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The bounds object on ELF holds offsets (internal/toolchain.h, "The bounds
# object on ELF"), with gcc and clang and each linker, as a PIE and not:
# - the program walks both tables right and protects the PIE's tables;
# - no dynamic relocation falls inside a bounds object (as 200 pointers,
#   a protected table's needed ~200: bench/tables part e, issue 20);
# - every section of a table, the empty levels' included, starts at an
#   address aligned to its entries (an empty level's anchor with alignment
#   1 let gold and lld put it on an odd address, which the tool reports);
# - linktable check accepts the image.
# Source: tests/tables/bounds/main.c.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

tool=build/bin/linktable
tap_toolchains
for pair in "${tap_pairs[@]}"; do
	read -r cc ld <<<"$pair"
	for pie in pie nopie; do
		exe=$scratch/bounds-$cc-$ld-$pie
		want="a b c three seven count 3 2 protect 1"
		case $pie in
		pie) flags="-fPIE -pie" ;;
		nopie) flags="-fno-pie -no-pie" want="a b c three seven count 3 2 protect 0" ;;
		esac
		# shellcheck disable=SC2086 # word splitting intended
		if ! tap_quiet $cc $CFLAGS $flags -fuse-ld="$ld" -o "$exe" tests/tables/bounds/main.c; then
			tap_point 1 "$cc $ld $pie: build"
			continue
		fi
		got=$("$exe")
		[ "$got" = "$want" ]
		tap_point $? "$cc $ld $pie: both tables walked in order, counted, protected in a PIE ($got)"
		# Relocation offsets against the bounds objects' [address, address + size).
		bad=0 objs=0
		while read -r a sz; do
			objs=$((objs + 1))
			while read -r off; do
				[ $((16#$off)) -ge $((16#$a)) ] && [ $((16#$off)) -lt $((16#$a + 16#$sz)) ] && bad=$((bad + 1))
			done < <(readelf -rW "$exe" | awk '$1 ~ /^[0-9a-f]+$/ { print $1 }')
		done < <(nm -S "$exe" | awk '$4 ~ /^linktable_bounds_/ { print $1, $2 }')
		[ "$bad" -eq 0 ] && [ "$objs" -eq 2 ]
		tap_point $? "$cc $ld $pie: no dynamic relocation in the 2 bounds objects ($bad in $objs)"
		# Address of every section of table wides (16-aligned).
		n=0 odd=""
		while read -r name addr; do
			n=$((n + 1))
			[ $((16#$addr % 16)) -eq 0 ] || odd="$odd $name"
		done < <(readelf -SW "$exe" | sed -n 's/^ *\[ *[0-9]*\] *//p' |
			awk '$1 ~ /^linktable_wides_[0-9]+(_rw)?$/ { print $1, $3 }')
		# (bfd drops empty output sections; the others keep all 200)
		[ "$n" -eq 200 ] || { [ "$ld" = bfd ] && [ "$n" -ge 2 ]; }
		tap_point $? "$cc $ld $pie: the 16-byte table has its $n sections (200, or at least its 2 levels with bfd)"
		[ -z "$odd" ]
		tap_point $? "$cc $ld $pie: each is 16-aligned, the empty levels' too${odd:+ (not:$odd)}"
		if [ -x "$tool" ]; then
			tap_quiet "$tool" check "$exe"
			tap_point $? "$cc $ld $pie: linktable check accepts it"
		else
			tap_point 1 "$cc $ld $pie: $tool exists (make builds it)"
		fi
	done
done
tap_done
