#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/zephyr_scope.sh - a Zephyr element defined as a static
# inside a function (which Zephyr allows) cannot be mapped: its name record
# must take the element's address before the user's initializer, and a
# block-scope static cannot be declared twice.  It fails to compile with
# gcc and clang, and the first error names the rule
# (linktable_zephyr__element_must_be_at_file_scope__<name>); the same
# element at file scope compiles and runs.  Without ITERABLE_SECTION_RAM()
# (the definition that moves from Zephyr's linker script into one .c file)
# the link fails, and on every linker the undefined symbol names the rule.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/zephyr_scope
for cc in gcc clang; do
	command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
	for std in "-std=gnu11" "-std=c11 -pedantic-errors"; do
		# shellcheck disable=SC2206 # $std is a list of flags
		flags=($std -O2 -Wall -Wextra -Werror -Iinclude)
		name="$cc $std"
		if "$cc" "${flags[@]}" "$src/infunc.c" -o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: a static element inside a function does not compile"
		elif grep -m1 'error' "$scratch/err" | grep -q 'linktable_zephyr__element_must_be_at_file_scope__calls'; then
			tap_point 0 "$name: a static element inside a function: the first error names the rule"
		else
			tap_point 1 "$name: a static element inside a function: the first error does not name the rule"
			tap_diag "$(grep -m2 error "$scratch/err")"
		fi
		if "$cc" "${flags[@]}" "$src/filescope.c" -o "$scratch/t" 2>"$scratch/err" && "$scratch/t"; then
			tap_point 0 "$name: the same element at file scope compiles and is walked"
		else
			tap_point 1 "$name: the same element at file scope compiles and is walked"
			tap_diag "$(head -3 "$scratch/err")"
		fi
	done
	for ld in bfd gold lld mold; do
		if "$cc" -O2 -Iinclude -DZEPHYR_SCOPE_NO_DEFINITION -fuse-ld=$ld "$src/filescope.c" -o "$scratch/t" \
			2>"$scratch/err"; then
			tap_point 1 "$cc $ld: a section walked but never defined does not link"
		elif grep -q 'undefined.*linktable_zephyr_counter__define_it_in_one_c_file_with_ITERABLE_SECTION_RAM_or_ROM' \
			"$scratch/err"; then
			tap_point 0 "$cc $ld: a section walked but never defined: the undefined symbol names the rule"
		else
			tap_point 1 "$cc $ld: a section walked but never defined: the error does not name the rule"
			tap_diag "$(grep -m2 -iE 'undefined|error' "$scratch/err")"
		fi
	done
done
tap_done
