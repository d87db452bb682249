#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/samename.sh - two files of Linux-style code whose static
# initcalls (console initcalls, exit functions) have one name (tests/compat/samename/),
# as separate drivers' may.  Compiled one by one, each function runs once.
# Under LTO the files' assembly is merged and the entries name the
# functions from it: clang used to call one of them twice and the other
# never, gcc stopped with "undefined reference"; either every function runs
# once, or the build stops with compat/linux.h's error naming the function.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/samename
for cc in gcc clang; do
	command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
	for opt in -O0 -O2 "-O2 -flto"; do
		name="$cc $opt"
		# shellcheck disable=SC2086 # opt is one or two flags
		if "$cc" -std=gnu11 -Wall -Wextra -Werror -Iinclude $opt "$src/a.c" "$src/b.c" "$src/m.c" \
			-o "$scratch/t" 2>"$scratch/err"; then
			out=$("$scratch/t" 2>&1)
			tap_point $? "$name: each of the two same-named initcalls, console initcalls and exit functions runs once ($out)"
		else
			case $opt in
			*-flto*)
				grep -q "linktable_linux_initcall_named_setup\|linktable_linux_exitcall_named_teardown\|linktable_linux_initcall_named_con_probe" "$scratch/err"
				tap_point $? "$name: the build stops, naming the function both files register"
				;;
			*) tap_point 1 "$name: builds" ;;
			esac
			tap_diag "$(grep -m3 -i error "$scratch/err")"
		fi
	done
done
tap_done
