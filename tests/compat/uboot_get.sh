#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/uboot_get.sh - ll_entry_get() of a name nobody declared is
# a link error, as in U-Boot (the reference is to the entry's symbol), on
# every compiler, linker and optimisation level: linked with the file that
# declares the entry the program runs; without it the link fails and names
# the entry.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/uboot_get
tap_toolchains
for pair in "${toolchains[@]}"; do
	read -r cc ld <<<"$pair"
	for opt in -O0 -O2; do
		name="$cc $ld $opt"
		flags=(-std=gnu11 "$opt" -Wall -Wextra -Werror -Iinclude "-fuse-ld=$ld")
		if "$cc" "${flags[@]}" "$src/main.c" "$src/entry.c" -o "$scratch/t" 2>"$scratch/err" && "$scratch/t"; then
			tap_point 0 "$name: with the entry's file, ll_entry_get finds it"
		else
			tap_point 1 "$name: with the entry's file, ll_entry_get finds it"
			tap_diag "$(head -3 "$scratch/err")"
		fi
		if "$cc" "${flags[@]}" "$src/main.c" -o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: without it, the link fails"
		elif grep -q 'linktable_uboot__driver__serial_ns16550' "$scratch/err"; then
			tap_point 0 "$name: without it, the link fails on the entry's symbol"
		else
			tap_point 1 "$name: without it, the link fails, but does not name the entry"
			tap_diag "$(head -3 "$scratch/err")"
		fi
	done
done
tap_done
