#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# "linktable check" on the boot demo, the real consumer of the init rules:
# must be clean, and its matrix must agree with what the demo declares.
# Skipped (with a notice) until build/bin/linktable-demo exists.
set -u
. tests/tool/lib.sh
DEMO=${LINKTABLE_DEMO:-build/bin/linktable-demo}
if [ ! -x "$DEMO" ]; then
	skip_point "no $DEMO (build it with make)"
	finish
	exit $?
fi
run "$LT" check "$DEMO"
expect_rc 0 "demo: linktable check is clean"
expect_out "^$DEMO: ok: [0-9]+ tables, [1-9][0-9]* init steps, [0-9]+ rules hold$" "demo: check summary"
run "$LT" matrix "$DEMO"
expect_rc 0 "demo: matrix"
expect_no_out "^BROKEN on " "demo: no step is broken on any subarch"
run "$LT" graph "$DEMO"
point "$(printf '%s\n' "$out" | dot -Tsvg >/dev/null 2>&1 && echo 0 || echo 1)" "demo: dependency graph renders with dot"
run "$LT" show "$DEMO" init_steps
expect_out "^\[0\] level [0-9]+  [a-z_0-9]+  at examples/boot/[a-z_0-9]+\.c:[0-9]+  subarchs=" "demo: steps decode with their source location"
finish
