#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The linktable command on a program built on the compat headers
# (build/tests/compat/test_compat, built by make check): "list" shows its
# array and relative tables with their counts, "check" passes, "show" gives
# the iPXE table's entries in level order with two-digit levels read right
# - and the same on a stripped copy, which has no symbol table.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

LT=${LINKTABLE_TEST_BUILD:-build}/bin/linktable
img=${LINKTABLE_TEST_BUILD:-build}/tests/compat/test_compat
if [ ! -x "$LT" ] || [ ! -x "$img" ]; then
	tap_point 1 "build $LT and $img first (make check builds them)"
	tap_done
fi
cp "$img" "$scratch/stripped"
strip "$scratch/stripped"
for what in "$img" "$scratch/stripped"; do
	name=${what##*/}
	"$LT" list "$what" >"$scratch/list" 2>&1
	tap_point $? "$name: linktable list"
	bad=""
	for want in "frobs array 9" "tinies array 3" "nothings array 0" "zephyr_my_data array 7" "uboot_cmd array 5" \
		"freebsd_sysinit_set array 22" "freebsd_fdrivers array 4" "linux_initcalls relative 36"; do
		# shellcheck disable=SC2086 # three words
		set -- $want
		awk -v t="$1" -v k="$2" -v n="$3" '$1 == t && $2 == k && $(NF - 2) == n && $NF == "ok" { f = 1 } END { exit !f }' \
			"$scratch/list" || bad="$bad $1"
	done
	tap_point "${#bad}" "$name: list shows each table's kind, count and a sound layout${bad:+ (not:$bad)}"
	[ -n "$bad" ] && tap_diag "$(cat "$scratch/list")"
	"$LT" check "$what" >"$scratch/check" 2>&1
	tap_point $? "$name: linktable check passes"
	[ -s "$scratch/check" ] && grep -q "ok:" "$scratch/check" || tap_diag "$(cat "$scratch/check")"
	"$LT" show "$what" frobs >"$scratch/show" 2>&1
	levels=$(sed -n 's/^\[[0-9]*\] level \([0-9]*\) .*/\1/p' "$scratch/show" | tr '\n' ' ')
	[ "$levels" = "0 1 2 5 5 10 10 42 99 " ]
	tap_point $? "$name: show frobs: levels $levels(want 0 1 2 5 5 10 10 42 99)"
done
tap_done
