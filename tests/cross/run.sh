#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/cross/run.sh check|matrix - cross-architecture runs of the unit
# tests (tests/cross/run-one.sh), CROSS_JOBS (default 2) at a time, as one
# TAP stream.
#   check   make check's slice: each architecture once, with gcc or clang,
#           -O2 (armhf and s390x with both), and aarch64 once more with 64 KiB pages; Windows (win64,
#           under wine) with gcc and clang at -O0 and -O2
#   matrix  make matrix: every architecture x {gcc, clang, clang-16} x
#           {-O0, -O2}, and 64 KiB pages with gcc and clang (no -flto: the
#           unit tests check link order, which LTO does not keep)
# A missing cross compiler or qemu is a skip, and a failure under CI=true.
set -u
cd "$(dirname "$0")/../.." || exit 1
# shellcheck source=tests/cross/targets.sh
. tests/cross/targets.sh

configs() {
	local arch cc opt
	case $1 in
	check)
		# clang on the 32-bit ARM and RISC-V targets, gcc on the others
		echo "aarch64|gcc|-O2|std"
		echo "armhf|clang|-O2|std"
		# gcc too: Debian's armhf gcc makes Thumb code (function
		# symbols with bit 0 set), clang ARM code
		echo "armhf|gcc|-O2|std"
		echo "i686|gcc|-O2|std"
		echo "riscv64|clang|-O2|std"
		echo "s390x|gcc|-O2|std"
		# clang too: it takes every symbol on s390x to be 2-byte
		# aligned, and an odd section end once failed to link there
		echo "s390x|clang|-O2|std"
		echo "aarch64|gcc|-O2|page64k"
		echo "win64|gcc|-O0|std"
		echo "win64|gcc|-O2|std"
		echo "win64|clang|-O0|std"
		echo "win64|clang|-O2|std"
		;;
	matrix)
		for arch in $(cross_targets | awk '{ print $1 }'); do
			for cc in gcc clang clang-16; do
				for opt in -O0 -O2; do
					echo "$arch|$cc|$opt|std"
				done
			done
		done
		echo "aarch64|gcc|-O2|page64k"
		echo "aarch64|clang|-O2|page64k"
		# clang's LTO keeps the link order within a level on PE (the
		# unit tests check it); gcc's does not (test_rel fails), as
		# LINKTABLE_FOREACH documents for LTO
		echo "win64|clang|-O2 -flto|std"
		;;
	*)
		echo "usage: tests/cross/run.sh check|matrix" >&2
		exit 2
		;;
	esac
}
list=$(configs "${1:-}") || exit 2

missing=""
while read -r arch triple qemu; do
	for tool in "$triple-gcc" "$(cross_runner "$qemu")"; do
		command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
	done
	[ -f "/usr/$triple/include/stdio.h" ] || missing="$missing /usr/$triple/include (libc6-dev-*-cross)"
done < <(cross_targets)
tools="clang llvm-ar file"
[ "$1" = matrix ] && tools="$tools clang-16 llvm-ar-16"
for tool in $tools; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
	if [ "${CI:-}" = true ]; then
		echo "not ok 1 - cross: not installed:$missing (CI=true needs them)"
		echo "1..1"
		exit 1
	fi
	echo "ok 1 # SKIP cross: not installed:$missing"
	echo "1..1"
	exit 0
fi

out=build/cross/logs
mkdir -p "$out"
# One wine prefix for every Windows configuration, created once (slow)
# before they start.
export WINEPREFIX=$PWD/build/cross/wine WINEDEBUG=-all
if echo "$list" | grep -q '^win'; then
	wineboot --init >/dev/null 2>&1
	wineserver -w
fi
rm -f "$out"/*.tap
# Each configuration writes its TAP to its own file; numbered afterwards.
i=0
while IFS= read -r c; do
	i=$((i + 1))
	printf '%s\t%s\n' "$i" "$c"
done <<<"$list" | xargs -P "${CROSS_JOBS:-2}" -d '\n' -n 1 sh -c '
	i=${1%%	*} c=${1#*	}
	tests/cross/run-one.sh "$c" >"'"$out"'/$i.tap" 2>&1 || echo "# run-one.sh exit $?" >>"'"$out"'/$i.tap"
' sh
n=0 failed=0
for f in $(ls "$out"/*.tap | sort -t/ -k4 -n); do
	while IFS= read -r line; do
		case $line in
		"ok "* | "not ok "*)
			n=$((n + 1))
			[ "${line#not ok}" = "$line" ] || failed=$((failed + 1))
			echo "$line" | sed -E "s/^(not )?ok [0-9]+/\1ok $n/"
			;;
		"#"*) echo "$line" ;;
		esac
	done <"$f"
	grep -q '^# run-one.sh exit' "$f" && ! grep -q '^not ok' "$f" && {
		n=$((n + 1)) failed=$((failed + 1))
		echo "not ok $n - $(basename "$f" .tap): run-one.sh failed"
	}
done
echo "1..$n"
[ "$failed" -eq 0 ]
