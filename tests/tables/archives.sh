#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Static archives, with every available linker: an archive member that only
# contributes table entries is left out of the link (and its entries with
# it); LINKTABLE_REQUIRE_OBJECT() or --whole-archive bring it in; requiring
# an object that nothing provides fails the link with an undefined
# linktable_object_<name>.  Sources: tests/tables/archive/.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

src=tests/tables/archive
for f in main member require require_missing; do
	# shellcheck disable=SC2086 # word splitting intended
	if ! tap_quiet $CC $CFLAGS -c "$src/$f.c" -o "$scratch/$f.o"; then
		tap_point 1 "compile $f.c"
		tap_done
	fi
done
ar rcs "$scratch/libmember.a" "$scratch/member.o"

# $1 linker, $2 output, rest: link inputs.  Prints the program's output.
link_and_run() {
	local ld=$1 out=$scratch/$2
	shift 2
	# shellcheck disable=SC2086 # word splitting intended
	tap_quiet $CC $LDFLAGS -fuse-ld="$ld" -o "$out" "$@" && "$out"
}

for ld in bfd gold lld mold; do
	if ! linker_works "$ld"; then
		tap_missing "linker $ld not usable with $CC"
		continue
	fi
	got=$(link_and_run "$ld" plain "$scratch/main.o" "$scratch/libmember.a")
	tap_diag "$ld, member only in an archive: $got"
	[ "$got" = "count 1: main" ]
	tap_point $? "$ld: an archive member that only adds entries is not linked: its entry is missing"

	got=$(link_and_run "$ld" required "$scratch/main.o" "$scratch/require.o" "$scratch/libmember.a")
	[ "$got" = "count 2: main member" ]
	tap_point $? "$ld: LINKTABLE_REQUIRE_OBJECT pulls the member in ($got)"

	got=$(link_and_run "$ld" required-gc -Wl,--gc-sections "$scratch/main.o" "$scratch/require.o" \
		"$scratch/libmember.a")
	[ "$got" = "count 2: main member" ]
	tap_point $? "$ld: ... also with --gc-sections ($got)"

	got=$(link_and_run "$ld" whole "$scratch/main.o" -Wl,--whole-archive "$scratch/libmember.a" \
		-Wl,--no-whole-archive)
	[ "$got" = "count 2: main member" ]
	tap_point $? "$ld: --whole-archive links the member ($got)"

	# shellcheck disable=SC2086 # word splitting intended
	if msg=$($CC $LDFLAGS -fuse-ld="$ld" -o "$scratch/missing" "$scratch/main.o" \
		"$scratch/require_missing.o" "$scratch/libmember.a" 2>&1); then
		tap_point 1 "$ld: requiring an object nobody provides fails the link (it linked)"
	else
		echo "$msg" | grep -Eq "undefined (reference to|symbol:) .?linktable_object_nobody_provides_this"
		tap_point $? "$ld: requiring an object nobody provides fails: undefined linktable_object_nobody_provides_this"
		tap_diag "$(echo "$msg" | grep -m1 linktable_object_)"
	fi
done
tap_done
