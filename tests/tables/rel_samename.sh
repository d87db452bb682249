#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/tables/rel_samename.sh - LINKTABLE_REL_ENTRY() of two files' static
# functions of one name (tests/tables/rel_samename/).  Compiled one by one,
# each function runs as often as it is registered.  Under LTO the files'
# assembly is merged and the entries name their functions from it: clang
# used to call a.c's function four times and b.c's never (silently), gcc
# stopped with "undefined reference"; now either every function runs as
# registered, or the build stops naming the function.  A file naming one
# function in two tables and two levels builds everywhere.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"
src=tests/tables/rel_samename
for cc in gcc clang; do
	command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
	for opt in -O0 -O2 "-O2 -flto" "-O2 -flto -fPIE -pie"; do
		name="$cc $opt"
		# shellcheck disable=SC2086 # opt is one to three flags
		if "$cc" -std=gnu11 -Wall -Wextra -Werror -Iinclude $opt "$src/a.c" "$src/b.c" "$src/m.c" \
			-o "$scratch/t" 2>"$scratch/err"; then
			out=$("$scratch/t" 2>&1)
			tap_point $? "$name: a.c's function runs 3 times and b.c's once ($out)"
		else
			case $opt in
			*-flto*)
				grep -q "LINKTABLE_REL_ENTRY() name a function setup" "$scratch/err"
				tap_point $? "$name: the build stops, naming the function both files register"
				;;
			*) tap_point 1 "$name: builds" ;;
			esac
			tap_diag "$(grep -m3 -i error "$scratch/err")"
		fi
	done
	# One file's entries alone, under LTO: the check never fires.
	# shellcheck disable=SC2086
	if "$cc" -std=gnu11 -Wall -Wextra -Werror -Iinclude -O2 -flto -DSAMENAME_A_ONLY \
		"$src/a.c" "$src/m.c" -o "$scratch/t1" 2>"$scratch/err"; then
		"$scratch/t1" >/dev/null
		tap_point $? "$cc -O2 -flto: one file naming setup in two tables and levels builds"
	else
		tap_point 1 "$cc -O2 -flto: one file naming setup in two tables and levels builds"
		tap_diag "$(grep -m3 -i error "$scratch/err")"
	fi
done
tap_done
