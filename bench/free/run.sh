#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/free/run.sh - how much memory releasing init-only code and data gives
# back: a synthetic program with 2 MiB of init-only code and 2 MiB of
# init-only data (bench/free/gen.sh), linked with GNU ld, gold, lld and
# mold (ranges object linked first and last), run once each; RSS (from /proc/self/smaps_rollup) before and after
# linktable_free_init(), as a share of the annotated bytes.  Goal: >= 95%.
# Raw results to bench/results/free (bench/free/render.sh makes the Markdown).
set -eu
cd "$(dirname "$0")/../.."
work=build/bench/free
res=${BENCH_RESULTS:-bench/results/free}
files=16 funcs=32
cc=${CC:-gcc}
[ "$cc" = cc ] && cc=gcc
lib=build/lib/liblinktable.a
[ -f $lib ] || { echo "bench/free/run.sh: $lib is missing (run make first)" >&2; exit 1; }
rm -rf "$work" "$res"
mkdir -p "$res"
bench/free/gen.sh "$work/src" $files $funcs
mkdir -p "$work/obj"
$cc -std=gnu11 -O2 -Iinclude -c "$work/src/main.c" -o "$work/obj/main.o"
inits=""
for ((f = 0; f < files; f++)); do
	$cc -std=gnu11 -O2 -Iinclude -c "$work/src/init_$f.c" -o "$work/obj/init_$f.o" &
	inits="$inits $work/obj/init_$f.o"
	(((f + 1) % 2 == 0)) && wait
done
wait
: >"$res/free.tsv"
# main.o defines the ranges: linked first, its page-aligned range heads
# start the ranges; linked last, they pad the ranges up to a page boundary
# (released too, but not resident: it costs address space, not memory).
for order in first last; do
for ld in bfd gold lld mold; do
	bin=$work/prog-$ld-$order
	if [ $order = first ]; then objs="$work/obj/main.o $inits"; else objs="$inits $work/obj/main.o"; fi
	if ! $cc -fuse-ld=$ld -o "$bin" $objs $lib 2>"$bin.err"; then
		printf '%s\t%s\tlink failed: %s\n' $ld $order "$(head -1 "$bin.err")" >>"$res/free.tsv"
		continue
	fi
	"$bin" >"$bin.out"
	line=$(grep '^checksum=' "$bin.out")
	eval "$(echo "$line" | tr ' ' '\n' | grep -E '^(annotated|released|rss_before|rss_after)=[0-9-]+$')"
	# shellcheck disable=SC2154 # set by the eval
	printf '%s\t%s\t%s\t%s\t%s\t%s\n' $ld $order $annotated $released $rss_before $rss_after >>"$res/free.tsv"
	[ $order = first ] && sample=$bin.out
done
done
grep -v '^checksum=' "$sample" >"$res/report.txt"
printf 'files\t%s\nfuncs\t%s\ncc\t%s\n' $files $funcs "$cc" >"$res/meta.tsv"
echo "${BENCH_RUN_ID:-unset}" >"$res/run-id"
echo "bench/free: wrote $res"
bench/free/render.sh "$res" | awk '/^Goal:/ { print; found = 1 } END { exit !found }' | grep -q 'NOT met' && exit 1
exit 0
