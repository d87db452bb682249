#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One level, two input sections with different flags: a pointer-holding
# entry ("aw" in a PIE) and a pointer-free one ("a").  Every linker must put
# both in the one output section that the level's bounds delimit; a linker
# that makes two same-named output sections loses an entry silently.
# Linked as a PIE and as a non-PIE with each available linker.
# Sources: tests/tables/flags/.
set -u
. "$(dirname "$0")/tap.sh"

src=tests/tables/flags
for ld in bfd gold lld mold; do
	if ! linker_works "$ld"; then
		tap_missing "linker $ld not usable with $CC"
		continue
	fi
	for pie in -pie -no-pie; do
		exe=$scratch/hooks$pie.$ld
		case $pie in -pie) code=-fPIE ;; *) code=-fno-pie ;; esac
		# shellcheck disable=SC2086 # word splitting intended
		if ! tap_quiet $CC $CFLAGS $code $LDFLAGS -fuse-ld="$ld" $pie -o "$exe" \
			"$src/main.c" "$src/null_entry.c"; then
			tap_point 1 "$ld $pie: build"
			continue
		fi
		got=$("$exe")
		[ "$got" = "1 2 count 2" ]
		tap_point $? "$ld $pie: both entries of the level are there ($got)"
		n=$(readelf -SW "$exe" | grep -c ' linktable_hooks_5 ')
		[ "$n" -eq 1 ]
		tap_point $? "$ld $pie: one output section for the level ($n)"
	done
done
tap_done
