#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/linux_export.sh - compat/linux_export.h's exports across
# files, on every compiler, linker and optimisation level (LTO too): one
# file exports, another finds the exports by name (symbol_get(),
# __symbol_get()) and the program runs; a symbol exported by two files
# does not link and the error names it (the kernel's modpost refuses an
# export twice); a C++ file that exports stops with one clear error.
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
cat >"$scratch/lib.c" <<'C'
#define KBUILD_MODNAME "lib"
#include <linktable/compat/linux.h>
int lib_twice(int x);
int lib_twice(int x) { return 2 * x; }
EXPORT_SYMBOL_GPL(lib_twice);
long lib_base = 40;
EXPORT_SYMBOL_NS(lib_base, LIBNS);
C
cat >"$scratch/main.c" <<'C'
#include <stddef.h>
#include <linktable/compat/linux.h>
LINKTABLE_LINUX_DEFINE();
int lib_twice(int x);
extern long lib_base;
int main(void)
{
	int (*twice)(int) = symbol_get(lib_twice);
	long *base = symbol_get(lib_base);
	return !(twice != NULL && base != NULL && twice(1) + *base == 42 && __symbol_get("lib_thrice") == NULL &&
		 LINKTABLE_COUNT(linux_ksymtab) == 2);
}
C
cat >"$scratch/again.c" <<'C'
#include <linktable/compat/linux.h>
int lib_twice(int x);
EXPORT_SYMBOL(lib_twice);
C
tap_toolchains
for pair in "${tap_pairs[@]}"; do
	read -r cc ld <<<"$pair"
	for opt in -O0 -O2 "-O2 -flto"; do
		name="$cc $ld $opt"
		if [ "$cc $ld $opt" = "gcc lld -O2 -flto" ]; then
			continue # lld cannot read gcc's LTO objects
		fi
		# shellcheck disable=SC2206 # $opt: one or two flags
		flags=(-std=gnu11 $opt -Wall -Wextra -Werror -Iinclude "-fuse-ld=$ld")
		if "$cc" "${flags[@]}" "$scratch/main.c" "$scratch/lib.c" -o "$scratch/t" 2>"$scratch/err" && "$scratch/t"; then
			tap_point 0 "$name: another file's exports found by name"
		else
			tap_point 1 "$name: another file's exports found by name"
			tap_diag "$(head -3 "$scratch/err")"
		fi
		if [ "$ld $opt" = "mold -O2 -flto" ]; then
			# mold 1.10 reports no duplicate definition between two
			# LTO objects (docs/adopting.md)
			tap_diag "$name: not tried, a symbol exported twice (mold does not see the duplicate under LTO)"
		elif "$cc" "${flags[@]}" "$scratch/main.c" "$scratch/lib.c" "$scratch/again.c" -o "$scratch/t" 2>"$scratch/err"; then
			tap_point 1 "$name: a symbol exported twice links"
		elif grep -q 'linktable_linux_exported_lib_twice' "$scratch/err"; then
			tap_point 0 "$name: a symbol exported twice does not link, and the error names it"
		else
			tap_point 1 "$name: a symbol exported twice does not link, but the error does not name it"
			tap_diag "$(head -3 "$scratch/err")"
		fi
	done
done
for cxx in g++ clang++; do
	command -v "$cxx" >/dev/null || { tap_missing "$cxx"; continue; }
	cp "$scratch/again.c" "$scratch/again.cc"
	"$cxx" -std=c++17 -Iinclude -c "$scratch/again.cc" -o "$scratch/again.o" 2>"$scratch/err"
	rc=$?
	[ $rc -ne 0 ] && [ "$(grep -c 'error' "$scratch/err")" -ge 1 ] && grep -q 'EXPORT_SYMBOL() is C only' "$scratch/err"
	tap_point $? "$cxx: EXPORT_SYMBOL() in C++ stops with the message that it is C only"
done
tap_done
