#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The cross-architecture scripts refuse what they cannot run, clearly.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

refuses() { # what, expected message, command...
	local what=$1 want=$2 out rc
	shift 2
	out=$("$@" 2>&1)
	rc=$?
	[ "$rc" -eq 2 ] && echo "$out" | grep -q -- "$want"
	tap_point $? "$what: exit 2, '$want' (got exit $rc: $(echo "$out" | head -1))"
}
refuses "run-one.sh without a configuration" "bad configuration" tests/cross/run-one.sh
refuses "run-one.sh with too few fields" "bad configuration" tests/cross/run-one.sh "aarch64|gcc"
refuses "run-one.sh with an unknown architecture" "unknown architecture 'vax' (known: aarch64 armhf i686 riscv64 s390x" \
	tests/cross/run-one.sh "vax|gcc|-O2|std"
refuses "run-one.sh with an unknown compiler" "unknown compiler 'icc'" tests/cross/run-one.sh "s390x|icc|-O2|std"
refuses "run-one.sh with an unknown variant" "unknown variant 'huge'" tests/cross/run-one.sh "s390x|gcc|-O2|huge"
refuses "run-one.sh with 64 KiB pages under wine" "variant 'page64k' needs qemu-user" \
	tests/cross/run-one.sh "win64|gcc|-O2|page64k"
refuses "run.sh with an unknown set" "usage: tests/cross/run.sh check|matrix" tests/cross/run.sh everything
# shellcheck source=tests/cross/targets.sh
. tests/cross/targets.sh
[ "$(cross_target s390x)" = "s390x-linux-gnu s390x" ] && ! cross_target vax >/dev/null
tap_point $? "targets.sh: s390x is s390x-linux-gnu under qemu-s390x-static; vax is unknown"
[ "$(cross_target win64)" = "x86_64-w64-mingw32 wine" ] && [ "$(cross_runner wine)" = wine ] &&
	[ "$(cross_runner s390x)" = qemu-s390x-static ]
tap_point $? "targets.sh: win64 is x86_64-w64-mingw32 under wine"
tap_done
