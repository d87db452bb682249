#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Same link inputs, same order: links the objects of test_tables twice with
# each available linker, and compares the binaries and the iteration order
# they print (test_tables --print-order) with each other and with the
# binary that make built, and runs the relinked test_tables.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

dir=${LINKTABLE_TEST_BUILD:-build}/tests/tables
objs="$dir/test_tables.o $dir/defs.o $dir/entries_a.o $dir/entries_b.o $dir/entries_c.o"
for o in $objs $dir/test_tables; do
	if [ ! -f "$o" ]; then
		tap_point 1 "$o exists (run make first)"
		tap_done
	fi
done
"$dir/test_tables" --print-order >"$scratch/made.order"
tap_is_ok "make's test_tables prints an order" test -s "$scratch/made.order"
out=$("$dir/test_tables" --bogus 2>&1)
[ $? -eq 2 ] && echo "$out" | grep -q '^usage: .*test_tables \[--print-order\]$'
tap_point $? "test_tables with an unknown argument: usage, exit 2"

for ld in bfd gold lld mold; do
	if ! linker_works "$ld"; then
		tap_missing "linker $ld not usable with $CC"
		continue
	fi
	for i in 1 2; do
		# shellcheck disable=SC2086 # word splitting intended
		tap_quiet $CC $LDFLAGS -fuse-ld="$ld" -o "$scratch/$ld.$i" $objs
		tap_point $? "$ld: link $i"
		"$scratch/$ld.$i" --print-order >"$scratch/$ld.$i.order"
	done
	tap_is_ok "$ld: the two links give identical binaries" cmp -s "$scratch/$ld.1" "$scratch/$ld.2"
	tap_is_ok "$ld: the two links iterate in the same order" \
		cmp -s "$scratch/$ld.1.order" "$scratch/$ld.2.order"
	tap_is_ok "$ld: same order as make's build" cmp "$scratch/made.order" "$scratch/$ld.1.order"
	tap_quiet "$scratch/$ld.1"
	tap_point $? "$ld: test_tables linked with $ld passes"
done
tap_done
