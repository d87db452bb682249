#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/constmix.sh - const and writable entries in one array table
# (tests/compat/constmix/: iPXE tables with and without pointers, and an
# identifier-named table; const entries at levels where other files have
# writable ones, an extern declaration carrying __table_entry), on every
# compiler, linker, PIE/non-PIE, in C and C++.  bfd, gold and lld must lay
# each table out as one array (count, end - start, indexing up to the
# count, reverse walk); mold keeps read-only and writable sections of one
# name apart, so there the program must either pass the same checks or stop
# before main with linktable's message - never run with entries missing.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/constmix
tap_toolchains gcc clang clang-16 g++ clang++
for pair in "${tap_pairs[@]}"; do
	read -r cc ld <<<"$pair"
	lang=
	case $cc in *++) lang="-x c++" ;; *) lang="-std=gnu11" ;; esac
	for pie in pie nopie; do
		case $pie in pie) pf="-fPIE -pie" ;; nopie) pf="-fno-pie -no-pie" ;; esac
		name="$cc $ld $pie"
		# shellcheck disable=SC2086
		if ! "$cc" $lang -O2 -Wall -Wextra -Werror -Iinclude $pf -fuse-ld=$ld "$src/a.c" "$src/b.c" "$src/m.c" \
			-o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: builds"
			tap_diag "$(head -5 "$scratch/err")"
			continue
		fi
		out=$("$scratch/t" 2>&1)
		rc=$?
		if [ $ld = mold ] && [ $rc -ne 0 ] && ! grep -q "^not ok" <<<"$out" &&
			grep -q "^linktable: array table .*: level [0-9][0-9] has const (read-only) entries that the linker put apart" <<<"$out"; then
			tap_point 0 "$name: stops with linktable's message, no silent split"
			continue
		fi
		[ $rc -eq 0 ] && ! grep -q "^not ok" <<<"$out" && grep -q "^1\.\.[1-9]" <<<"$out"
		tap_point $? "$name: const and writable entries, one array each: $(grep -c '^ok' <<<"$out") checks"
		[ $rc -eq 0 ] || tap_diag "$(grep -v '^ok' <<<"$out" | head -5)"
	done
done
tap_done
