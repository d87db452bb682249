#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# One verdict: broken and healthy images (tests/tool/agree/*.c, each linked
# with a main that boots it) fed to every command - check, plan, matrix,
# graph (DOT and JSON), show - and to the run-time boot itself; all give
# each step the same verdict on each subarch and the same exit status, and
# every command that reports findings the same errors and warnings.
set -u
. tests/tool/lib.sh
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
dir=build/tests/tool/agree
mkdir -p "$dir"
subarchs="pc lguest xen intel_mid ce4100"

# want: the exit status every command must give (1 broken, 0 healthy or
# critical); the boot's is 1 where it is refused (broken: everywhere;
# critical: where its critical step lacks the subarch).
for src in tests/tool/agree/three.c tests/tool/agree/xen_on_pc.c tests/tool/agree/hard_cycle.c \
	tests/tool/agree/healthy.c tests/tool/agree/critical.c tests/tool/agree/resource.c tests/tool/agree/warnings.c; do
	name=$(basename "$src" .c)
	img=$dir/$name
	want=1
	case $name in healthy | critical | warnings) want=0 ;; esac
	if ! $cc -std=gnu11 -Wall -Wextra -Werror -Iinclude -o "$img" "$src" tests/tool/agree/boot_main.c \
		build/lib/liblinktable.a -lpthread 2>"$img.log"; then
		point 1 "$name: builds" "$(cat "$img.log")"
		continue
	fi
	d=$dir/$name.out
	rm -rf "$d"
	mkdir -p "$d"
	rcs=""
	for cmd in check plan matrix graph "graph --format json" "show @ init_steps"; do
		# shellcheck disable=SC2086 # the command's words
		set -- ${cmd/@/$img}
		[ "$1" = show ] || set -- "$@" "$img"
		"$LT" "$@" >"$d/out" 2>"$d/err"
		rc=$?
		rcs="$rcs $1${2:+ $2}=$rc"
		point "$([ "$rc" = "$want" ] && echo 0 || echo 1)" "$name: linktable $cmd exits $want" "exit $rc: $(cat "$d/err")"
	done
	"$LT" check --json "$img" >"$d/check.json"
	"$LT" matrix --json "$img" >"$d/matrix.json"
	"$LT" graph --json "$img" >"$d/graph.json"
	"$LT" show --json "$img" init_steps >"$d/show.json"
	"$LT" plan --json "$img" >"$d/plan.json" 2>/dev/null
	for s in $subarchs; do
		"$img" "$s" >"$d/boot-$s.json" 2>/dev/null
		rc=$?
		boot_want=$want
		case $name in critical | warnings) case $s in pc | xen) ;; *) boot_want=1 ;; esac ;; esac
		point "$([ "$rc" = "$boot_want" ] && echo 0 || echo 1)" \
			"$name: the boot on $s exits $boot_want (refused when broken or a critical step lacks $s)" "exit $rc"
	done
	# the comparison prints its own points; carry the count across
	python3 tests/tool/agree.py "$name" "$d" 2>"$d/n" | tee "$d/tap" | sed "s/^\(\(not \)\?ok\) [0-9]*/\1 x/" >"$d/tap.x"
	while read -r line; do
		case $line in
		"ok x - "*) point 0 "${line#ok x - }" ;;
		"not ok x - "*) point 1 "${line#not ok x - }" ;;
		*) echo "$line" ;;
		esac
	done <"$d/tap.x"
	[ -s "$d/tap" ]
	point $? "$name: the JSON documents compare"
done

# a critical step that lacks a subarch refuses the boot there: matrix says
# so once per such subarch, check passes (the image is not wrong)
run "$LT" matrix "$dir/critical"
expect_rc 0 "critical: matrix exits 0 (refused is not broken)"
[ "$(grep -c '^REFUSED on \(lguest\|intel_mid\|ce4100\): .*platform (supports pc, xen) \[unsupported-critical\]$' <<<"$out")" = 3 ] &&
	! grep -q '^REFUSED on \(pc\|xen\)' <<<"$out"
point $? "critical: matrix prints REFUSED on lguest, intel_mid and ce4100, not on pc or xen" "$out"
expect_out "^lguest_blk +20 +- +refused +- +- +- *$" "critical: lguest_blk is refused on lguest"
run "$LT" check "$dir/critical"
expect_rc 0 "critical: check passes"
run "$LT" check "$dir/resource"
expect_out "^tests/tool/agree/resource\.c:[0-9]+: error: init step 'mce' uses 'cr4', but on pc, xen .* \[resource\]$" \
	"resource: check's diagnostic names the rule resource, located at mce"

# warnings: located like errors, the exit status unchanged, 1 under --werror
run "$LT" check "$dir/warnings"
expect_rc 0 "warnings: check exits 0"
for w in "console.*names itself in its \.after list.*\[self-dependency\]" \
	"timer.*names itself in its \.soft_depends list.*\[self-dependency\]" \
	"xen_evtchn.*order-only dependency 'pc_pic'.*share no subarch.*\[unused-dependency\]" \
	"lguest_blk' never runs: .*(lguest).*'platform' supports pc, xen \[never-runs\]"; do
	expect_out "^tests/tool/agree/warnings\.c:[0-9]+: warning: .*$w$" "warnings: check prints FILE:LINE: warning: ... ${w##*\\[}"
done
[ "$(grep -c ': warning: ' <<<"$out")" = 4 ] && ! grep -q ': error: \|hpet' <<<"$out"
point $? "warnings: exactly four warnings, no error, none for the soft dependency not linked in" "$out"
expect_out "^$dir/warnings: ok: 1 table, 6 init steps, no error \(4 warnings\)$" "warnings: check's summary counts them"
for cmd in check plan matrix graph "graph --format json" "show @ init_steps"; do
	# shellcheck disable=SC2086 # the command's words
	set -- ${cmd/@/$dir/warnings}
	[ "$1" = show ] || set -- "$@" "$dir/warnings"
	run "$LT" "$@" --werror
	expect_rc 1 "warnings: linktable $cmd --werror exits 1"
	set -- ${cmd/@/$dir/healthy}
	[ "$1" = show ] || set -- "$@" "$dir/healthy"
	run "$LT" "$@" --werror
	expect_rc 0 "healthy: linktable $cmd --werror exits 0 (no warning)"
done
run "$LT" plan "$dir/warnings"
expect_rc 0 "warnings: plan makes the plan"
n_warn=$("$LT" plan "$dir/warnings" 2>&1 >/dev/null | grep -c ': warning: ')
[ "$n_warn" = 4 ]
point $? "warnings: plan says the four warnings on stderr ($n_warn)"
run "$LT" matrix "$dir/warnings"
[ "$(grep -c ': warning: ' <<<"$out")" = 4 ]
point $? "warnings: matrix prints the four warnings" "$out"

# graph follows order-only edges: the issue's program has a cycle of them
run "$LT" graph --json "$dir/three"
expect_out '"kind": "after"' "three: graph --json draws the .after edges"
run python3 -c 'import json,sys; d=json.load(sys.stdin); print([s["name"] for s in d["steps"] if s["on_cycle"]])' <"$dir/three.out/graph.json"
expect_out "^\['a', 'b'\]$" "three: graph --json puts a and b (only) on the cycle"
run "$LT" graph "$dir/three"
expect_out '^  "b" -> "a" \[style=dotted\];$' "three: graph's DOT draws b -> a as an order-only edge"
run "$LT" check "$dir/three"
expect_out "^tests/tool/agree/three\.c:[0-9]+: error: .*'c' runs after 'not_linked_in', which is not linked in \[missing\]$" \
	"three: check's diagnostic is FILE:LINE: error: MESSAGE [rule]"
# several images in one check: the worst status, every image's findings
run "$LT" check "$dir/healthy" "$dir/three"
expect_rc 1 "check of a healthy and a broken image"
expect_out "^$dir/healthy: ok: " "check of several images: the healthy one passes"
expect_out "^$dir/three: 2 problems in 1 table, 4 init steps$" "check of several images: the broken one fails"
run "$LT" check --json "$dir/healthy" "$dir/xen_on_pc"
expect_json "check --json of several images is one JSON document (an array)"
finish
