#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# C++ consumers, with g++ and clang++ at -std=c++11, c++17 and c++20
# (-Wall -Wextra -Werror): every public header compiles on its own as C++,
# and shapes_cxx.cc, linked with the C translation unit shapes_c.c of the
# same table (built by the matching C compiler), passes its tests.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

src=tests/cxx
for cxx in g++ clang++; do
	cc=${cxx%++}
	[ "$cc" = g ] && cc=gcc
	if ! command -v "$cxx" >/dev/null || ! command -v "$cc" >/dev/null; then
		tap_missing "$cxx or $cc not installed"
		continue
	fi
	# shellcheck disable=SC2086 # word splitting intended
	if ! tap_quiet $cc -std=gnu11 -Wall -Wextra -Werror -O2 -g -Iinclude $SANFLAGS \
		-c "$src/shapes_c.c" -o "$scratch/shapes_c.$cc.o"; then
		tap_point 1 "$cc: compile shapes_c.c"
		continue
	fi
	for std in c++11 c++17 c++20; do
		bad=""
		for h in $(public_headers); do
			echo "#include <$h>" >"$scratch/h.cc"
			$cxx -std=$std -Wall -Wextra -Werror -Iinclude -fsyntax-only "$scratch/h.cc" \
				>"$scratch/h.log" 2>&1 || {
				bad="$bad $h"
				tap_diag "$(head -5 "$scratch/h.log")"
			}
		done
		tap_point "${#bad}" "$cxx -std=$std: every public header compiles as C++${bad:+ (not:$bad)}"

		exe=$scratch/shapes.$cxx.$std
		# shellcheck disable=SC2086 # word splitting intended
		if tap_quiet $cxx -std=$std -Wall -Wextra -Werror -O2 -g -Iinclude $SANFLAGS \
			-o "$exe" "$src/shapes_cxx.cc" "$scratch/shapes_c.$cc.o"; then
			tap_point 0 "$cxx -std=$std: C++ entries and a C table link together"
			tap_quiet "$exe"
			tap_point $? "$cxx -std=$std: the mixed table passes its tests"
		else
			tap_point 1 "$cxx -std=$std: C++ entries and a C table link together"
		fi
	done
done
tap_done
