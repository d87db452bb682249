#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Every subcommand under valgrind (memcheck, leak check) on good, broken and
# damaged inputs: no invalid access, no uninitialised use, no leak.
set -u
. tests/tool/lib.sh
if ! command -v valgrind >/dev/null; then
	skip_point "valgrind not installed"
	finish
	exit $?
fi
# ASan and valgrind do not run together; a sanitized build (make SAN=1) has
# ASan's own checks instead.
if nm build/bin/linktable 2>/dev/null | grep -q __asan_init; then
	skip_point "sanitized build: valgrind runs on the plain build"
	finish
	exit $?
fi
FX=build/tests/tool/fixtures
BI=build/tests/tool/bad-input
[ -x "$FX/gcc-pie" ] || tests/tool/run.sh >/dev/null
[ -e "$BI/step-deps" ] || tests/tool/bad-input.sh >/dev/null
for args in "list $FX/gcc-pie" "show $FX/gcc-shared.so init_steps" "show --json $FX/gcc-static frobs" \
	"check $FX/bad" "graph --subarch xen $FX/bad" "matrix --json $FX/bad" "check $BI/step-deps" \
	"list $BI/note-descsz" "bzimage tests/tool/fuzz/corpus-boot/bzimage-small" \
	"bootparams tests/tool/fuzz/corpus-boot/zero-page-kvm" "list /bin/ls"; do
	# shellcheck disable=SC2086
	run valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect "$LT" $args
	point "$([ "$rc" != 99 ] && [ -z "$(printf '%s\n' "$err" | grep '^==')" ] && echo 0 || echo 1)" \
		"valgrind clean: linktable $args" "$(printf '%s\n' "$err" | grep '^==' | head -20)"
done
finish
