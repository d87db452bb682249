#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The "release" rule of linktable check, on tests/tool/fixtures/release.c:
# a late_init callback in init_text is an error when the image records that
# init memory is released before the late phase, and fine when released
# after it or when the image records nothing.
set -u
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
cflags=${LINKTABLE_TEST_CFLAGS:--std=gnu11 -Wall -Wextra -Werror -Iinclude}
ldflags=${LINKTABLE_TEST_LDFLAGS:-}
tool=build/bin/linktable
out=build/tests/tool/release
mkdir -p "$out"
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

for phase in 2 3; do
	# shellcheck disable=SC2086 # flag lists
	if ! $cc $cflags $ldflags -DRELEASE_PHASE=$phase \
		tests/tool/fixtures/release.c build/lib/liblinktable.a -lpthread -o "$out/release$phase" \
		2>"$out/cc$phase.err"; then
		point 1 "fixture builds with release phase $phase"
		sed 's/^/# /' "$out/cc$phase.err" | head -5
		continue
	fi
	"$out/release$phase"
	point $? "fixture with release phase $phase runs"
done

$tool check "$out/release2" >"$out/check2.out" 2>&1
rc=$?
[ $rc -eq 1 ]
point $? "release before the late phase: check exits 1 (got $rc)"
grep -Eq "release\.c:[0-9]+: error: init step 'late' has its late_init callback at 0x[0-9a-f]+ in init-only memory, which is released before phase 2" "$out/check2.out"
point $? "the message names the step, its file:line, the phase and the range"
! grep -q "early_only" "$out/check2.out"
point $? "an early_init callback in init_text is fine"

$tool check "$out/release3" >"$out/check3.out" 2>&1
point $? "release after the late phase: check exits 0"

$tool check --json "$out/release2" >"$out/check2.json" 2>&1
grep -q '"release"' "$out/check2.json"
point $? "--json names the rule"
echo "1..$n"
