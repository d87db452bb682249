#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Freestanding use, with gcc and clang: every public header compiles with
# -ffreestanding -nostdinc (so no libc header is needed), and start.c - a
# program with its own _start and no libc - iterates a table and exits with
# its entry count, which is checked.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

src=tests/freestanding
want=5 # entries in start.c and more_counters.c
for cc in gcc clang; do
	if ! command -v "$cc" >/dev/null; then
		tap_missing "$cc not installed"
		continue
	fi
	bad=""
	for h in $(public_headers); do
		echo "#include <$h>" >"$scratch/h.c"
		$cc -std=c11 -ffreestanding -nostdinc -Iinclude -Wall -Wextra -Werror -fsyntax-only \
			"$scratch/h.c" >"$scratch/h.log" 2>&1 || {
			bad="$bad $h"
			tap_diag "$(head -5 "$scratch/h.log")"
		}
	done
	tap_point "${#bad}" "$cc: every public header compiles with -std=c11 -ffreestanding -nostdinc${bad:+ (not:$bad)}"

	if [ "$(uname -m)" != x86_64 ]; then
		tap_missing "the freestanding program is x86-64 Linux code"
		continue
	fi
	exe=$scratch/start.$cc
	if tap_quiet $cc -std=c11 -ffreestanding -nostdinc -nostdlib -static -fno-pie \
		-fno-stack-protector -O2 -Wall -Wextra -Werror -Iinclude \
		-o "$exe" "$src/start.c" "$src/more_counters.c"; then
		tap_point 0 "$cc: a freestanding program (-nostdlib -static) builds"
		"$exe"
		status=$?
		[ "$status" -eq "$want" ]
		tap_point $? "$cc: it iterates the table in order and exits with the count ($status, want $want)"
		! readelf -d "$exe" 2>/dev/null | grep -q NEEDED
		tap_point $? "$cc: it needs no shared library"
	else
		tap_point 1 "$cc: a freestanding program (-nostdlib -static) builds"
	fi
done
# The core library references nothing outside itself but the four memory
# functions (a sanitized build references the sanitizer runtime: skipped).
core=build/lib/liblinktable-core.a
if grep -q fsanitize build/.flags 2>/dev/null; then
	tap_n=$((tap_n + 1)) # a build choice, not a missing tool: skipped even under CI
	echo "ok $tap_n # SKIP sanitized build: the core references the sanitizer runtime"
elif [ ! -f "$core" ]; then
	tap_point 1 "$core exists (make builds it)"
else
	mkdir -p "$scratch/core"
	(cd "$scratch/core" && ar x "$OLDPWD/$core")
	ld -r -o "$scratch/core.o" "$scratch"/core/*.o
	extra=$(nm -u "$scratch/core.o" | awk '{print $2}' | grep -vxE 'memcpy|memmove|memset|memcmp' | tr '\n' ' ')
	[ -z "$extra" ]
	tap_point $? "liblinktable-core.a references nothing but memcpy, memmove, memset, memcmp${extra:+ (also: $extra)}"
fi
tap_done
