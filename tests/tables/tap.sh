# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# tests/tables/tap.sh - TAP helpers for linktable's shell tests (sourced).
#
#	tap_is_ok "what" cmd args...     one point: passes if cmd exits 0
#	tap_point STATUS "what"          one point from a status (0 = pass)
#	tap_missing "what is missing"    optional tool absent: a skip locally,
#	                                 a failure under CI=true
#	tap_done                         plan line; exit status 1 on failure
#
# Also sets the compiler, flags and a scratch directory (removed on exit).

tap_n=0
tap_failed=0

tap_point() {
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
	else
		echo "not ok $tap_n - $2"
		tap_failed=$((tap_failed + 1))
	fi
}

tap_is_ok() {
	local what=$1
	shift
	"$@"
	tap_point $? "$what"
}

tap_missing() {
	tap_n=$((tap_n + 1))
	if [ "${CI:-}" = true ]; then
		echo "not ok $tap_n - $1 (CI=true: required)"
		tap_failed=$((tap_failed + 1))
	else
		echo "ok $tap_n # SKIP $1"
	fi
}

tap_done() {
	echo "1..$tap_n"
	[ "$tap_failed" -eq 0 ]
	exit
}

tap_diag() {
	echo "$*" | sed 's/^/# /'
}

# Runs "$@" with its output kept; on failure shows the output (but its
# passing TAP points) as diagnostics.
tap_quiet() {
	local out rc
	out=$("$@" 2>&1)
	rc=$?
	[ "$rc" -eq 0 ] || tap_diag "$(echo "$out" | grep -v '^ok ')"
	return "$rc"
}

# $1: a linker name for -fuse-ld; succeeds if the compiler can link with it.
linker_works() {
	echo 'int main(void) { return 0; }' >"$scratch/probe.c"
	$CC -fuse-ld="$1" -o "$scratch/probe" "$scratch/probe.c" >/dev/null 2>&1
}

# Sets the array "tap_pairs" to one "compiler linker" word pair for each
# compiler given (gcc and clang if none) and each of bfd, gold, lld and mold
# it links with; a missing compiler, or a linker it cannot use, is one
# tap_missing point (a failure under CI=true).  Loop with
#	for pair in "${tap_pairs[@]}"; do read -r cc ld <<<"$pair"; ...
tap_toolchains() {
	local cc ld ccs=("$@")
	[ $# -gt 0 ] || ccs=(gcc clang)
	tap_pairs=()
	for cc in "${ccs[@]}"; do
		command -v "$cc" >/dev/null || { tap_missing "$cc not installed"; continue; }
		for ld in bfd gold lld mold; do
			if CC=$cc linker_works "$ld"; then
				tap_pairs+=("$cc $ld")
			else
				tap_missing "linker $ld not usable with $cc"
			fi
		done
	done
}

cd "$(dirname "$0")/../.." || exit 1
CC=${LINKTABLE_TEST_CC:-cc}
CFLAGS=${LINKTABLE_TEST_CFLAGS:--std=gnu11 -Wall -Wextra -Werror -O2 -g -Iinclude -D_GNU_SOURCE}
# shellcheck disable=SC2034 # used by the scripts that source this file
LDFLAGS=${LINKTABLE_TEST_LDFLAGS:-}
scratch=$(mktemp -d "${TMPDIR:-/tmp}/linktable-test.XXXXXX") || exit 1
trap 'rm -rf "$scratch"' EXIT
# The sanitizer options within CFLAGS (make SAN=1), for builds with their
# own flags.
# shellcheck disable=SC2034,SC2086 # used by the sourcing scripts; split on purpose
SANFLAGS=$(printf '%s\n' $CFLAGS | grep -E '^-f(no-)?sanitize|^-fno-omit-frame-pointer' | tr '\n' ' ')
# Every public header, relative to include/.
public_headers() {
	(cd include && find linktable -name '*.h' | sort)
}
