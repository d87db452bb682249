#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The table unit tests under valgrind's memcheck: no invalid read, no use of
# uninitialised memory, no leak, in each test binary make built (PIE and
# non-PIE).  A sanitized build (make SAN=1) is skipped: ASan and valgrind do
# not run together, and that build has ASan's own checks instead.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/tap.sh"

dir=${LINKTABLE_TEST_BUILD:-build}/tests/tables
case " $CFLAGS " in
*" -fsanitize="*)
	tap_n=$((tap_n + 1))
	echo "ok $tap_n # SKIP sanitized build: valgrind runs on the plain build"
	tap_done
	;;
esac
if ! command -v valgrind >/dev/null; then
	tap_missing "valgrind not installed"
	tap_done
fi
for t in test_tables test_tables_nopie test_ranges test_readonly test_readonly_nopie test_first_use; do
	if [ ! -x "$dir/$t" ]; then
		tap_point 1 "$dir/$t exists (run make first)"
		continue
	fi
	# test_readonly's forked children fault on purpose: a write to a
	# read-only page is a real SIGSEGV that the child handles, not a
	# memcheck error.
	tap_quiet valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		--trace-children=no "$dir/$t"
	tap_point $? "$t: clean under valgrind memcheck"
done
tap_done
