#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Same link inputs, same order: links the objects of test_tables twice with
# each available linker, and compares the binaries and the iteration order
# they print (test_tables --print-order) with each other and with the
# binary that make built, and runs the relinked test_tables.  Then the same
# with LTO, where only the order within a level may differ.
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

# LTO: the order within a level is unspecified there (test_tables, which
# expects link order, does not apply), but levels must stay in order, no
# entry may be lost, and the same inputs must give the same order.  gcc's
# LTO works with bfd, clang's with lld.
lto_ld=bfd
$CC --version 2>/dev/null | grep -q clang && lto_ld=lld
lto_objs=""
for f in test_tables defs entries_a entries_b entries_c; do
	# shellcheck disable=SC2086 # word splitting intended
	tap_quiet $CC $CFLAGS -flto -c -o "$scratch/lto_$f.o" "tests/tables/$f.c" || break
	lto_objs="$lto_objs $scratch/lto_$f.o"
done
for i in 1 2; do
	# shellcheck disable=SC2086 # word splitting intended
	tap_quiet $CC $CFLAGS -flto $LDFLAGS -fuse-ld=$lto_ld -o "$scratch/lto.$i" $lto_objs
	tap_point $? "LTO ($lto_ld): link $i"
	"$scratch/lto.$i" --print-order >"$scratch/lto.$i.order" 2>/dev/null
done
tap_is_ok "LTO: the two links iterate in the same order" cmp "$scratch/lto.1.order" "$scratch/lto.2.order"
cmp -s <(sort "$scratch/made.order") <(sort "$scratch/lto.1.order")
tap_point $? "LTO: the same entries as make's build"
# Tables 0, 3 and 4 print whole ids (level * 10 + tu): levels must not drop.
awk '$1 == 0 || $1 == 3 || $1 == 4 { l = int($2 / 10); if ($1 == t && l < last) bad = 1; t = $1; last = l }
	END { exit bad }' "$scratch/lto.1.order"
tap_point $? "LTO: entries still come by ascending level"
tap_done
