#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/users_strict.sh - the Zephyr, U-Boot and Linux user programs
# (tests/compat/users/{zephyr,uboot,linux}_*/) built as their projects' users
# build: gcc and clang with -std=c11 -pedantic-errors and with
# -std=gnu11 -Wpedantic -Werror, and clang -Weverything with the headers as
# system headers (-isystem include, as an installed header is), less the
# warnings the users' own declarations raise whatever the header (their
# entries are global variables with no prior extern, Zephyr's names are
# reserved identifiers).  Each build runs and must pass.  And the headers'
# own hidden objects (name records, bounds) raise no warning there.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
everything="-Weverything -Wno-unknown-warning-option -Wno-padded -Wno-declaration-after-statement"
everything+=" -Wno-missing-variable-declarations -Wno-reserved-identifier -Wno-reserved-id-macro"
everything+=" -Wno-unsafe-buffer-usage -Wno-pre-c11-compat -Wno-pre-c2x-compat"
for d in tests/compat/users/zephyr_*/ tests/compat/users/uboot_*/ tests/compat/users/linux_*/; do
	[ -d "$d" ] || continue
	name=$(basename "$d")
	for cfg in "gcc -std=c11 -pedantic-errors -Wall -Wextra -Werror -Iinclude" \
		"clang -std=c11 -pedantic-errors -Wall -Wextra -Werror -Iinclude" \
		"gcc -std=gnu11 -Wpedantic -Wall -Wextra -Werror -Iinclude" \
		"clang -std=gnu11 -Wpedantic -Wall -Wextra -Werror -Iinclude" \
		"clang -std=gnu11 $everything -Werror -isystem include"; do
		cc=${cfg%% *}
		command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
		# shellcheck disable=SC2086 # $cfg is a command with its flags
		if ! $cfg -O2 "$d"*.c -o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: builds with $(echo "$cfg" | cut -c1-60)"
			tap_diag "$(grep -m3 -E 'error' "$scratch/err")"
			continue
		fi
		"$scratch/t" >"$scratch/out" 2>&1
		rc=$?
		tap_point $rc "$name: $(echo "$cfg" | cut -c1-60): runs ($(grep -c '^ok' "$scratch/out") points passed)"
		[ $rc -eq 0 ] || tap_diag "$(grep -m3 '^not ok' "$scratch/out")"
	done
	# Whatever the user's own entries raise, the header's hidden objects
	# (name records, bounds) raise nothing: clang -Weverything, with
	# -Wmissing-variable-declarations on, names none of its linktable__
	# objects (U-Boot's entry variable itself is the user's, as in U-Boot).
	if command -v clang >/dev/null; then
		: >"$scratch/err"
		for f in "$d"*.c; do
			# shellcheck disable=SC2086 # $everything is a list of flags
			clang -std=gnu11 $everything -Wmissing-variable-declarations -isystem include -O2 -c "$f" \
				-o /dev/null 2>>"$scratch/err" || true
		done
		n=$(grep -c "variable 'linktable__" "$scratch/err")
		tap_point $((n != 0)) "$name: clang -Weverything: no warning about the header's own variables ($n)"
		[ "$n" -eq 0 ] || tap_diag "$(grep -m2 "variable 'linktable__" "$scratch/err")"
	else
		tap_missing clang
	fi
done
tap_done
