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

# The programs of tests/compat/users/ written as iPXE, FreeBSD and Linux
# code is written: list reads their tables (kind and count), check passes.
for want in "ipxe_drivers pci_drivers:array:3 init_fns:array:5 image_types:array:5 commands:array:4 sanboot_protocols:array:0" \
	"freebsd_sets freebsd_ktest_set:array:3 freebsd_kv_set:array:3 freebsd_vfs_set:array:0" \
	"freebsd_sysinit freebsd_sysinit_set:array:18 freebsd_sysuninit_set:array:6" \
	"linux_builtin linux_initcalls:relative:20 linux_exitcalls:relative:4 linux_con_initcalls:relative:0" \
	"linux_builtin linux_security_initcalls:relative:0 linux_setup:plain:0"; do
	# shellcheck disable=SC2086 # a program and its tables
	set -- $want
	prog=${LINKTABLE_TEST_BUILD:-build}/tests/compat/users/test_$1
	shift
	if [ ! -x "$prog" ]; then
		tap_point 1 "users/${prog##*test_}: build $prog first (make check builds it)"
		continue
	fi
	"$LT" list "$prog" >"$scratch/list" 2>&1
	bad=""
	for t in "$@"; do
		IFS=: read -r tn tk tc <<<"$t"
		awk -v t="$tn" -v k="$tk" -v n="$tc" '$1 == t && $2 == k && $(NF - 2) == n && $NF == "ok" { f = 1 } END { exit !f }' \
			"$scratch/list" || bad="$bad $tn"
	done
	tap_point "${#bad}" "users/${prog##*test_}: list shows each table's kind and count${bad:+ (not:$bad)}"
	[ -n "$bad" ] && tap_diag "$(cat "$scratch/list")"
	"$LT" check "$prog" >"$scratch/check" 2>&1
	tap_point $? "users/${prog##*test_}: linktable check passes"
	grep -q "ok:" "$scratch/check" || tap_diag "$(cat "$scratch/check")"
done
tap_done
