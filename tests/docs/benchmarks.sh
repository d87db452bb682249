#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/docs/benchmarks.sh - every figure in docs/benchmarks.md comes from
# the last `make bench` run: the raw results in bench/results/ all carry the
# run id of bench/results/run.tsv, every benchmark of the page has its
# results, and bench/render.sh makes exactly the committed page from them
# (a hand-edited number, or results of another run, fail).  Times nothing.
set -u
cd "$(dirname "$0")/../.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
point() { # status description
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
res=bench/results
id=$(awk -F '\t' '$1 == "run_id" { print $2 }' $res/run.tsv 2>/dev/null)
[ -n "$id" ]
point $? "bench/results/run.tsv names the run (${id:-none})"
while read -r name _; do
	got=$(cat "$res/$name/run-id" 2>/dev/null)
	[ -n "$id" ] && [ "$got" = "$id" ]
	point $? "bench/results/$name/ comes from run $id (run-id: ${got:-missing})"
done < <(bench/render.sh --sections)
# Every bench that make bench runs has a section on the page.
for mk in bench/*/module.mk; do
	name=$(basename "$(dirname "$mk")")
	bench/render.sh --sections | awk -v n="$name" '$1 == n { f = 1 } END { exit !f }'
	point $? "bench/$name is rendered into the page"
done
bench/render.sh >"$tmp/page.md" 2>"$tmp/err"
point $? "bench/render.sh makes the page from the results$( [ -s "$tmp/err" ] && echo ": $(head -1 "$tmp/err")")"
# No figure left out of a heading: a value missing from the results
# renders as two spaces in a row (as "Speed on  init steps" did).
! grep -n '^#.*  ' "$tmp/page.md" >"$tmp/gaps"
point $? "the rendered page's headings have no empty figure$( [ -s "$tmp/gaps" ] && echo " (line $(head -1 "$tmp/gaps"))")"
diff -u docs/benchmarks.md "$tmp/page.md" >"$tmp/diff"
rc=$?
point $rc "docs/benchmarks.md is exactly what the results of run $id give$( [ $rc -ne 0 ] && echo " (differs: $(grep -m1 '^[-+][^-+]' "$tmp/diff"))")"
# Controls: the comparison sees one changed figure, and the rendering
# follows the results (a changed result changes the page).
sed '0,/| [0-9][0-9]* |/s/| \([0-9]\)\([0-9]*\) |/| 9\1\2 |/' docs/benchmarks.md >"$tmp/edited.md"
! cmp -s docs/benchmarks.md "$tmp/edited.md" && ! cmp -s "$tmp/edited.md" "$tmp/page.md"
point $? "control: a page with one figure edited by hand differs from the rendered one"
cp -r $res "$tmp/results"
awk 'BEGIN { OFS = " " } NR == 1 { $2 = $2 + 1 } { print }' $res/boot/plan.tsv >"$tmp/results/boot/plan.tsv"
bench/render.sh "$tmp/results" >"$tmp/page2.md" 2>/dev/null && ! cmp -s "$tmp/page.md" "$tmp/page2.md"
point $? "control: one changed raw result changes the page"
echo "1..$n"
[ $failed -eq 0 ]
