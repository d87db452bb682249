#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# What needs ELF says so on the other formats, at compile time: the
# drop-in headers (compat/) and array tables (LINKTABLE_ARRAY_*), for
# WebAssembly, Mach-O and PE/COFF.  On wasm32 the compat headers once
# compiled and linked, and wasm-ld's collection and ordering left some of
# their tables empty or out of order at run time: a stranger's program
# must stop at the #error, never run like that.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

# name|compiler and target flags (clang 14 and 16 for the LLVM targets)
targets=(
	"wasm32|/usr/lib/llvm-14/bin/clang --target=wasm32 -ffreestanding"
	"wasm32 (clang 16)|/usr/lib/llvm-16/bin/clang --target=wasm32 -ffreestanding"
	"Mach-O arm64|/usr/lib/llvm-14/bin/clang --target=arm64-apple-macos11"
	"Mach-O x86-64 (clang 16)|/usr/lib/llvm-16/bin/clang --target=x86_64-apple-macos11"
	"PE (mingw-w64 gcc)|x86_64-w64-mingw32-gcc"
	"PE (clang)|clang --target=x86_64-w64-mingw32"
)
cat >"$scratch/array.c" <<'EOC'
#include <linktable/linktable.h>
struct cmd { const char *name; int value; };
LINKTABLE_ARRAY_DECLARE(struct cmd, cmds);
LINKTABLE_ARRAY_DEFINE(struct cmd, cmds);
EOC
for t in "${targets[@]}"; do
	name=${t%%|*} cc=${t#*|}
	if ! command -v "${cc%% *}" >/dev/null; then
		tap_missing "${cc%% *} for $name"
		continue
	fi
	bad=
	for h in include/linktable/compat/*.h; do
		echo "#include <linktable/compat/$(basename "$h")>" >"$scratch/c.c"
		# shellcheck disable=SC2086 # the compiler and its target flags
		if $cc -std=gnu11 -Iinclude -c "$scratch/c.c" -o "$scratch/c.o" 2>"$scratch/c.err" ||
			! grep -Eq 'error: .*linktable/compat.*needs? ELF' "$scratch/c.err"; then
			bad="$bad $(basename "$h")"
		fi
	done
	tap_point "$([ -z "$bad" ] && echo 0 || echo 1)" "$name: every compat header is a compile error saying it needs ELF${bad:+ (not:$bad)}"
	# shellcheck disable=SC2086
	! $cc -std=gnu11 -Iinclude -c "$scratch/array.c" -o "$scratch/a.o" 2>"$scratch/a.err"
	tap_point "$([ $? -eq 0 ] && grep -q 'array tables (LINKTABLE_ARRAY_\*) need ELF' "$scratch/a.err" && echo 0 || echo 1)" \
		"$name: an array table is a compile error saying it needs ELF"
done
tap_done
