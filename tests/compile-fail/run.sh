#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/compile-fail/run.sh [DIR] - code that must not compile.
#
# Every DIR/*.c and DIR/*.cc (default: tests/compile-fail) starts with
#	/* expect: <extended regex> */
# and may carry a line
#	/* compilers: gcc clang */          (the default; for .cc: g++ clang++)
# and a line of extra flags, appended after the default ones:
#	/* flags: -fno-pie */
# Each file is compiled with each compiler, from the repository root, with
#	-Iinclude -std=gnu11 -Wall -Wextra -Werror -c      (C++: -std=c++17)
# and passes if compilation fails with an error output matching the regex:
# one TAP point per file per compiler.  A compiler that is not installed
# skips its points (fails them under CI=true).
# For another target (tests/cross: PE), COMPILE_FAIL_CC and COMPILE_FAIL_CXX
# (commands, e.g. "clang --target=x86_64-w64-mingw32") replace the listed
# compilers of C and C++ files, and COMPILE_FAIL_ONLY (a glob, e.g. core_*)
# picks the files.
set -u
dir=${1:-tests/compile-fail}
dir=$(cd "$dir" 2>/dev/null && pwd) || {
	echo "not ok 1 - no such directory: ${1:-tests/compile-fail}"
	echo "1..1"
	exit 1
}
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

# $1: a file; prints the compilers to use, one a line (C++ names for .cc).
compilers_of() {
	local list
	list=$(sed -n 's|^/\* compilers: \(.*\) \*/$|\1|p' "$1" | head -1)
	case $1 in
	*.cc) [ -n "${COMPILE_FAIL_CXX:-}" ] && { echo "$COMPILE_FAIL_CXX"; return; } ;;
	*) [ -n "${COMPILE_FAIL_CC:-}" ] && { echo "$COMPILE_FAIL_CC"; return; } ;;
	esac
	for c in ${list:-gcc clang}; do
		case $1 in
		*.cc) case $c in gcc) c=g++ ;; clang) c=clang++ ;; esac ;;
		esac
		echo "$c"
	done
}

found=0
only=${COMPILE_FAIL_ONLY:-*}
for f in "$dir"/$only.c "$dir"/$only.cc; do
	[ -f "$f" ] || continue
	found=1
	name=${f#"$dir"/}
	regex=$(sed -n '1s|^/\* expect: \(.*\) \*/$|\1|p' "$f")
	if [ -z "$regex" ]; then
		tap_point 1 "$name: the first line must be /* expect: <extended regex> */"
		continue
	fi
	case $f in *.cc) std=-std=c++17 ;; *) std=-std=gnu11 ;; esac
	flags=$(sed -n 's|^/\* flags: \(.*\) \*/$|\1|p' "$f" | head -1)
	while IFS= read -r cc; do
		case $cc in
		gcc | clang | g++ | clang++) ;;
		"${COMPILE_FAIL_CC:-}" | "${COMPILE_FAIL_CXX:-}") ;;
		*)
			tap_point 1 "$name: unknown compiler '$cc' (use gcc, clang, g++ or clang++)"
			continue
			;;
		esac
		if ! command -v "${cc%% *}" >/dev/null; then
			tap_missing "$name: $cc not installed"
			continue
		fi
		# shellcheck disable=SC2086 # $flags is a list of words
		# shellcheck disable=SC2086 # $cc may be a command with flags
		if out=$($cc -Iinclude "$std" -Wall -Wextra -Werror $flags -c "$f" -o /dev/null 2>&1); then
			tap_point 1 "$name: $cc compiled it, but it must not compile"
		elif echo "$out" | grep -Eq -- "$regex"; then
			tap_point 0 "$name: $cc rejects it"
		else
			tap_point 1 "$name: $cc rejects it, but its message does not match /$regex/"
			tap_diag "$(echo "$out" | grep -m3 -E 'error')"
		fi
	done < <(compilers_of "$f")
done
[ "$found" = 1 ] || tap_point 1 "no *.c or *.cc files in $dir"
tap_done
