#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One level with a pointer-holding entry and a pointer-free one.  In a PIE
# the compiler would give them different section flags ("aw" and "a"), and
# mold makes two same-named output sections of such inputs, so the level's
# bounds would cover only one (this test failed with mold before the core
# put position-independent entries in a writable "_rw" part of their own).
# Linked as a PIE, as a non-PIE, and as a non-PIE with one position-
# independent object, with each available linker.
# Sources: tests/tables/flags/.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

src=tests/tables/flags
for ld in bfd gold lld mold; do
	if ! linker_works "$ld"; then
		tap_missing "linker $ld not usable with $CC"
		continue
	fi
	# "mixed": a non-PIE program with a position-independent object (as
	# from a -fPIC static library): the level has entries in both parts.
	# Within a level, entries of non-PIC code come first (LINKTABLE_ENTRY).
	for pie in -pie -no-pie mixed mixed-swapped; do
		exe=$scratch/hooks$pie.$ld
		want="1 2 count 2"
		case $pie in
		-pie) main=-fPIE other=-fPIE link=-pie ;;
		-no-pie) main=-fno-pie other=-fno-pie link=-no-pie ;;
		mixed) main=-fno-pie other=-fPIC link=-no-pie ;;
		mixed-swapped) main=-fPIC other=-fno-pie link=-no-pie want="2 1 count 2" ;;
		esac
		# shellcheck disable=SC2086 # word splitting intended
		if ! tap_quiet $CC $CFLAGS $main -c -o "$scratch/main.o" "$src/main.c" ||
			! tap_quiet $CC $CFLAGS $other -c -o "$scratch/null_entry.o" "$src/null_entry.c" ||
			! tap_quiet $CC $LDFLAGS -fuse-ld="$ld" $link -o "$exe" "$scratch/main.o" \
				"$scratch/null_entry.o"; then
			tap_point 1 "$ld $pie: build"
			continue
		fi
		got=$("$exe")
		[ "$got" = "$want" ]
		tap_point $? "$ld $pie: both entries of the level are there, non-PIC first ($got)"
		# One output section per part: linktable_hooks_5 holds non-PIC
		# entries, linktable_hooks_5_rw position-independent ones; a
		# linker that split a part would show the same name twice.
		n=$(readelf -SW "$exe" | grep -oE ' linktable_hooks_5(_rw)? ' | sort | uniq -d | wc -l)
		[ "$n" -eq 0 ]
		tap_point $? "$ld $pie: no part of the level is split in two output sections ($n duplicated)"
	done
done
tap_done
