#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/matrix/selftest.sh - the matrix scripts' own error handling: each
# bad input is fed and its message checked; and toolchains.sh must render
# a failed and a skipped configuration as such.
set -u
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export MATRIX_OUT=$tmp
n=0 failed=0
# expect DESC WANT_STATUS REGEX CMD...: CMD exits WANT_STATUS ("nonzero" or a
# number) and its output (stdout and stderr) matches REGEX.
expect() {
	local desc=$1 want=$2 re=$3 rc
	shift 3
	"$@" >"$tmp/out" 2>&1
	rc=$?
	n=$((n + 1))
	if { [ "$want" = nonzero ] && [ $rc -ne 0 ]; } || [ "$want" = "$rc" ]; then
		if grep -qE -- "$re" "$tmp/out"; then
			echo "ok $n - $desc"
			return
		fi
	fi
	echo "not ok $n - $desc (exit $rc)"
	sed 's/^/#   /' "$tmp/out" | head -5
	failed=$((failed + 1))
}

# A PATH holding every tool the wrapper looks for except mold.
mkdir "$tmp/bin"
for t in bash env dirname gcc clang g++ clang++ ld.bfd ld.gold ld.lld; do
	p=$(command -v "$t") && ln -s "$p" "$tmp/bin/$t"
done
expect "check.sh skips without mold outside CI" 0 '^ok 1 # SKIP matrix: mold not installed$' \
	env -u CI PATH="$tmp/bin" tests/matrix/check.sh
expect "check.sh fails without mold when CI=true" nonzero '^not ok 1 - matrix: mold not installed' \
	env CI=true PATH="$tmp/bin" tests/matrix/check.sh

expect "run-one.sh rejects a malformed configuration" 2 "bad configuration 'nonsense'" \
	tests/matrix/run-one.sh nonsense
expect "run-one.sh rejects an unknown variant" 2 "bad variant 'weird'" \
	tests/matrix/run-one.sh "999|gcc|bfd|-O2|nogc|pie|weird"
expect "run-one.sh rejects an unknown gc setting" 2 "bad gc 'maybe'" \
	tests/matrix/run-one.sh "999|gcc|bfd|-O2|maybe|pie|std"
expect "run-one.sh rejects an unknown pie setting" 2 "bad pie 'pic'" \
	tests/matrix/run-one.sh "999|gcc|bfd|-O2|nogc|pic|std"

# A linker that does not exist: the probe cannot link, so the configuration
# is skipped with the compiler's message, not failed.
tests/matrix/run-one.sh "998|gcc|nosuchld|-O0|nogc|pie|std"
expect "run-one.sh skips a configuration the toolchain cannot link" 0 \
	$'^998\tskip\tgcc\tnosuchld\t.*nosuchld' cat "$tmp/cfg-998/result"

expect "toolchains.sh needs a readable results file" 1 'cannot read /nonexistent.tsv' \
	tests/matrix/toolchains.sh /nonexistent.tsv
printf 'index\tstatus\tcompiler\tlinker\tcolumn\tlabel\treason\n' >"$tmp/r.tsv"
printf '1\tpass\tgcc\tbfd\t-O0/nogc/pie\tl1\t\n' >>"$tmp/r.tsv"
printf '2\tFAIL\tgcc\tbfd\t-O2/nogc/pie\tl2\tt1: LINKTABLE_COUNT: got 5, want 8\n' >>"$tmp/r.tsv"
printf '3\tskip\tclang\tbfd\t-O0/nogc/pie\tl3\tno plugin\n' >>"$tmp/r.tsv"
tests/matrix/toolchains.sh "$tmp/r.tsv" >"$tmp/doc.md"
expect "toolchains.sh marks a failed cell and gives its reason" 0 \
	'^\| gcc \+ bfd \| pass \| \*\*FAIL\*\* \[1\] \|$' cat "$tmp/doc.md"
expect "toolchains.sh lists the reasons" 0 '^2\. `no plugin`$' cat "$tmp/doc.md"
expect "toolchains.sh counts the results" 0 '^Totals: 1 pass, 1 skip, 1 FAIL\.$' cat "$tmp/doc.md"

echo "1..$n"
[ $failed -eq 0 ]
