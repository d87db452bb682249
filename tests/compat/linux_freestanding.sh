#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compat/linux_freestanding.sh - compat/linux.h's command-line passes (with
# module_param()s of several types and MODULE_* information)
# and console/security initcall runners need no libc but mem*: the program
# of tests/compat/linux_freestanding/ built with -ffreestanding -nostdinc
# -fno-builtin, C11 -pedantic-errors, gcc and clang at -O0 and -O2, names
# no undefined symbol but the linker's optional bounds, links with
# -nostdlib -static and exits 0 (x86-64 Linux: its _start exits through
# the system call).
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
src=tests/compat/linux_freestanding/main.c
if [ "$(uname -m)" != x86_64 ]; then
	echo "1..0 # SKIP the program's _start is x86-64 Linux"
	exit 0
fi
for cc in gcc clang; do
	command -v "$cc" >/dev/null || { tap_missing "$cc"; continue; }
	for opt in -O0 -O2; do
		name="$cc $opt"
		if ! "$cc" -std=c11 -pedantic-errors -Wall -Wextra -Werror -ffreestanding -nostdinc -fno-builtin \
			-fno-pie -Iinclude $opt -c "$src" -o "$scratch/fs.o" 2>"$scratch/err"; then
			tap_point 1 "$name: compiles freestanding"
			tap_diag "$(grep -m3 error "$scratch/err")"
			continue
		fi
		undef=$(nm -u "$scratch/fs.o" | awk '$1 != "w" { print $NF }' | tr '\n' ' ')
		tap_point "${#undef}" "$name: no undefined symbol (libc or other)${undef:+: $undef}"
		if ! "$cc" -nostdlib -static "$scratch/fs.o" -o "$scratch/fs" 2>"$scratch/err"; then
			tap_point 1 "$name: links with -nostdlib -static"
			tap_diag "$(grep -m3 -i error "$scratch/err")"
			continue
		fi
		"$scratch/fs"
		tap_point $? "$name: both passes, console and security initcalls ran as the kernel's do"
	done
done
tap_done
