#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# One rule set: on every fixture, "linktable check" and the run-time planner
# (liblinktable, as a boot plans) report the same planning findings in the
# same words.  Built without PIE, so callback addresses in messages agree.
set -u
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
cflags="-std=gnu11 -Wall -Wextra -Werror -Iinclude -fno-pie -no-pie"
tool=build/bin/linktable
out=build/tests/tool/same-words
mkdir -p "$out"
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }
# The planner's rules ("level" also names the tool's own table-level check).
planner='\[(subarchs|names|level|phases|release|duplicates|missing|subarch-plan|cycle|resource)\]$'

compare() { # name source release-phase-or-empty
	local name=$1 src=$2 phase=$3 exe=$out/$1
	# shellcheck disable=SC2086 # flag lists
	if ! $cc $cflags ${phase:+-DRELEASE_PHASE=$phase} -Dmain=linktable_fixture_main -c "$src" -o "$exe.o" \
		2>"$exe.err" || ! $cc $cflags -o "$exe" "$exe.o" tests/tool/plan_words.c build/lib/liblinktable.a \
		-lpthread 2>>"$exe.err"; then
		point 1 "$name: builds with the run-time planner"
		sed 's/^/# /' "$exe.err" | head -5
		return
	fi
	"$exe" $phase | sort >"$exe.runtime"
	$tool check "$exe" 2>&1 | grep -E "$planner" | grep -v ' records level ' | sort >"$exe.tool"
	cmp -s "$exe.runtime" "$exe.tool"
	point $? "$name: check and the run-time planner word $(wc -l <"$exe.tool") findings alike"
	diff "$exe.runtime" "$exe.tool" | head -10 | sed 's/^/# /'
}

compare bad tests/tool/fixtures/bad.c ""
[ "$(wc -l <"$out/bad.tool")" -ge 6 ]
point $? "bad: the comparison covers every planning rule it breaks ($(wc -l <"$out/bad.tool") findings)"
compare good tests/tool/fixtures/good.c ""
# "linktable plan" refuses what check refuses, in the same words: the
# build stops on a broken rule.
$tool plan "$out/bad" >"$out/bad.plan.c" 2>"$out/bad.plan.err"
rc=$?
grep -E "$planner" "$out/bad.plan.err" | grep -v ' records level ' | sort | cmp -s - "$out/bad.tool" && [ $rc -eq 1 ] &&
	[ ! -s "$out/bad.plan.c" ]
point $? "bad: plan exits 1 (got $rc), emits nothing and names the same findings"
$tool plan "$out/good" >"$out/good.plan.c" 2>"$out/good.plan.err"
point $? "good: plan emits C"
compare release2 tests/tool/fixtures/release.c 2
grep -q '\[release\]$' "$out/release2.tool"
point $? "release2: the release rule is among them"
compare release3 tests/tool/fixtures/release.c 3
compare resource tests/tool/fixtures/resource.c ""
grep -q "init step 'flush' uses 'cr4_shadow', but on xen neither it nor any step it depends on (hard, transitively) provides 'cr4_shadow' \[resource\]$" "$out/resource.tool" &&
	! grep -q "'flush_ok' uses" "$out/resource.tool"
point $? "resource: check names the user without its provider on xen, not the one that depends on it"
echo "1..$n"
