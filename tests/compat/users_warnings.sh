#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/users_warnings.sh - every users program (tests/compat/users/*/)
# built with the warnings its project's own builds turn on, as errors: the
# FreeBSD kernel's (-Wnested-externs, -Wmissing-prototypes,
# -Wstrict-prototypes, -Wpointer-arith, -Wcast-qual, -Wundef) and
# Zephyr's W=2 (-Wnested-externs, -Wshadow), with gcc and clang at -O2,
# as gnu11 and as ISO C99 (FreeBSD's kernel and Zephyr's default build as
# C99; freebsd_sets/disk.c turns -Wpedantic on); each build runs and must
# pass.  The headers' macros declare the
# linker's bounds inside the user's functions: gcc's -Wnested-externs
# must not name them.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
warn="-Wall -Wextra -Wnested-externs -Wshadow -Wundef -Wpointer-arith -Wstrict-prototypes -Wmissing-prototypes"
warn+=" -Wcast-qual -Werror"
for d in tests/compat/users/*/; do
	[ -d "$d" ] || continue
	name=$(basename "$d")
	for cc in gcc clang; do
		command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
		opt=-O2
		for std in gnu11 c99; do
			# shellcheck disable=SC2086 # $warn is a list of flags
			if ! "$cc" -std=$std $warn $opt -Iinclude "$d"*.c -o "$scratch/t" 2>"$scratch/err"; then
				tap_point 1 "$name: $cc -std=$std $opt builds with the projects' warnings as errors"
				tap_diag "$(grep -m3 -E 'error' "$scratch/err")"
				continue
			fi
			"$scratch/t" >"$scratch/out" 2>&1
			rc=$?
			tap_point $rc "$name: $cc -std=$std $opt, -Wnested-externs -Wshadow -Wcast-qual ... -Werror: runs ($(grep -c '^ok' "$scratch/out") points passed)"
			[ $rc -eq 0 ] || tap_diag "$(grep -m3 '^not ok' "$scratch/out")"
		done
	done
done
tap_done
