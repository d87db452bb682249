#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/tables/array_names.sh - array tables "uart" and "uart_16550"
# (tests/tables/array_names/) on every compiler and linker: bfd, gold and
# lld keep each one array; on mold, which sorts sections by name, the
# second's sections sort among the first's levels, and the program must
# stop before main with linktable's message naming the table and the two
# levels - never run with a foreign entry inside "uart" (it did: END -
# START was 3 for 2 entries), and "linktable check" must fail the image
# naming the two levels.  With uart's levels 10 and 11 only, nothing
# sorts between them: every linker passes.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"
src=tests/tables/array_names
lt=build/bin/linktable
tap_toolchains
for pair in "${tap_pairs[@]}"; do
	read -r cc ld <<<"$pair"
	for v in straddle apart; do
		name="$cc $ld, uart's levels $([ $v = apart ] && echo 10 and 11 || echo 10 and 20)"
		flags=()
		[ $v = apart ] && flags=(-DNO_STRADDLE)
		if ! "$cc" -std=gnu11 -O2 -Wall -Wextra -Werror -Iinclude "${flags[@]}" -fuse-ld=$ld \
			"$src/a.c" "$src/b.c" -o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: builds"
			tap_diag "$(head -5 "$scratch/err")"
			continue
		fi
		out=$("$scratch/t" 2>&1)
		rc=$?
		"$lt" check "$scratch/t" >"$scratch/check" 2>&1
		crc=$?
		if [ $ld = mold ] && [ $v = straddle ]; then
			[ $rc -ne 0 ] && ! grep -q "^ok\|^not ok" <<<"$out" &&
				grep -q "^linktable: array table uart: levels 10 and 20 are not adjacent" <<<"$out"
			tap_point $? "$name: stops before main with linktable's message"
			[ $crc -eq 1 ] && grep -q "table uart: levels 10 (linktable_uart_10_rw, .*) and 20 (linktable_uart_20_rw, .*) are not adjacent" "$scratch/check"
			tap_point $? "$name: linktable check says so (exit $crc)"
		else
			[ $rc -eq 0 ] && ! grep -q "^not ok" <<<"$out" && grep -q "^1\.\.4$" <<<"$out"
			tap_point $? "$name: each table one array"
			[ $crc -eq 0 ]
			tap_point $? "$name: linktable check passes (exit $crc)"
		fi
		[ $rc -eq 0 ] || [ $ld = mold ] || tap_diag "$(head -5 <<<"$out")"
	done
done
tap_done
