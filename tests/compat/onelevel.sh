#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/onelevel.sh - one-level array tables (Zephyr's iterable
# sections, U-Boot's lists) on every compiler, linker and PIE/non-PIE: const
# elements in the file that defines the section (their section is "a" or,
# holding pointers in PIC, "aw"; the defining file's anchor must clash with
# neither), const elements in another file, and an empty section (its
# bounds must exist: bfd and mold refuse a PC-relative bound to an absent
# section in a PIE).  Walked by name, counted, and walked raw
# (TYPE_SECTION_START..END).
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/onelevel
tap_toolchains
for pair in "${tap_pairs[@]}"; do
	read -r cc ld <<<"$pair"
	for pie in pie nopie; do
		case $pie in pie) pf="-fPIE -pie" ;; nopie) pf="-fno-pie -no-pie" ;; esac
		name="$cc $ld $pie"
		# shellcheck disable=SC2086
		if ! "$cc" -std=gnu11 -O2 -Wall -Wextra -Werror -Iinclude $pf -fuse-ld=$ld "$src/a.c" "$src/b.c" \
			-o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: builds"
			tap_diag "$(head -5 "$scratch/err")"
			continue
		fi
		out=$("$scratch/t" 2>&1)
		tap_point $? "$name: 3 const commands (2 files), an empty section, 2 const numbers ($out)"
	done
done
tap_done
