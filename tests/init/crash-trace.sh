#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The boot trace names a step before it runs and reaches its file before
# the step is called (issue 19): a step that crashes the process leaves
# "calling the_culprit..." as the trace's last line, in a file and in a
# pipe, however the FILE is buffered.
set -u
. tests/tool/lib.sh
P=build/tests/init/crash_step
D=build/tests/init/crash-trace
rm -rf "$D"
mkdir -p "$D"
"$P" "$D/trace" >/dev/null 2>&1
rc=$?
point "$([ "$rc" = 139 ] || [ "$rc" = 11 ] && echo 0 || echo 1)" "the step crashes the process (SIGSEGV)" "exit $rc"
last=$(tail -n 1 "$D/trace")
point "$(printf '%s' "$last" | grep -Eq '^\[ *[0-9]+\.[0-9]+\] calling  the_culprit\.early_init @ thread 0$' && echo 0 || echo 1)" \
	"trace to a file: the last line names the crashing step" "$(tail -3 "$D/trace")"
grep -q "initcall second_step.early_init returned 0" "$D/trace"
point $? "... after the steps before it returned" "$(cat "$D/trace")"
# through a pipe: the reader keeps what arrived before the crash
bash -c "\"$P\" 2>/dev/null" | cat >"$D/pipe"
last=$(tail -n 1 "$D/pipe")
point "$(printf '%s' "$last" | grep -Eq 'calling  the_culprit\.early_init @ thread 0$' && echo 0 || echo 1)" \
	"trace to a pipe: the last line names the crashing step" "$(tail -3 "$D/pipe")"
point "$(grep -c never_reached "$D/pipe" | grep -qx 0 && echo 0 || echo 1)" "... and nothing after it ran" "$(cat "$D/pipe")"
finish
