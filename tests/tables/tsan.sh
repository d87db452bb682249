#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# A table's first use from racing threads, under ThreadSanitizer: the cache
# fill (see struct linktable__cache) must be free of data races, not only
# give the right walks.  Builds test_first_use.c with each compiler's
# -fsanitize=thread and runs it.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

src=tests/tables
for cc in gcc clang; do
	if ! command -v $cc >/dev/null; then
		tap_missing "$cc not installed"
		continue
	fi
	bin=$scratch/first_use-$cc
	if ! $cc -std=gnu11 -Wall -Wextra -Werror -O2 -g -Iinclude -fsanitize=thread \
		$src/test_first_use.c $src/first_use_ctor.c -o "$bin" -lpthread 2>"$scratch/log"; then
		tap_point 1 "$cc -fsanitize=thread: build ($(head -1 "$scratch/log"))"
		continue
	fi
	TSAN_OPTIONS=halt_on_error=1:exitcode=66 "$bin" >"$scratch/out" 2>&1
	rc=$?
	grep -q 'WARNING: ThreadSanitizer' "$scratch/out" && rc=66
	tap_point $rc "$cc -fsanitize=thread: racing first walks, no data race (exit $rc)"
done
tap_done
