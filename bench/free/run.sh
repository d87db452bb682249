#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/free/run.sh - how much memory releasing init-only code and data gives
# back: a synthetic program with 2 MiB of init-only code and 2 MiB of
# init-only data (bench/free/gen.sh), linked with GNU ld, gold, lld and
# mold (ranges object linked first and last), run once each; RSS (from /proc/self/smaps_rollup) before and after
# linktable_free_init(), as a share of the annotated bytes.  Goal: >= 95%.
# Writes build/bench/free.md.
set -eu
cd "$(dirname "$0")/../.."
work=build/bench/free
out=build/bench/free.md
files=16 funcs=32
cc=${CC:-gcc}
[ "$cc" = cc ] && cc=gcc
lib=build/lib/liblinktable.a
[ -f $lib ] || { echo "bench/free/run.sh: $lib is missing (run make first)" >&2; exit 1; }
rm -rf "$work"
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
rows=""
worst=""
# main.o defines the ranges: linked first, its page-aligned range heads
# start the ranges; linked last, they pad the ranges up to a page boundary
# (released too, but not resident: it costs address space, not memory).
for order in first last; do
for ld in bfd gold lld mold; do
	bin=$work/prog-$ld-$order
	if [ $order = first ]; then objs="$work/obj/main.o $inits"; else objs="$inits $work/obj/main.o"; fi
	if ! $cc -fuse-ld=$ld -o "$bin" $objs $lib 2>"$bin.err"; then
		rows="$rows| $ld | $order | link failed: $(head -1 "$bin.err") | | | | | |"$'\n'
		worst=fail
		continue
	fi
	"$bin" >"$bin.out"
	line=$(grep '^checksum=' "$bin.out")
	eval "$(echo "$line" | tr ' ' '\n' | grep -E '^(annotated|released|rss_before|rss_after)=[0-9-]+$')"
	returned=$((rss_before - rss_after))
	pct=$(awk -v r=$returned -v a=$annotated 'BEGIN { printf "%.1f", 100 * r / a }')
	rows="$rows| $ld | $order | $annotated | $released | $((rss_before / 1024))K | $((rss_after / 1024))K | $((returned / 1024))K | $pct% |"$'\n'
	if [ -z "$worst" ] || { [ "$worst" != fail ] && awk -v p=$pct -v w=$worst 'BEGIN { exit !(p < w) }'; }; then
		worst=$pct
	fi
	[ $order = first ] && sample=$bin.out
done
done
{
	echo "## Releasing init-only memory (free)"
	echo
	echo "Command: \`make bench\` (runs \`bench/free/run.sh\`). A generated program with $files files of"
	echo "$funcs init-only functions of ~4 KiB each (NOP blocks that really execute) and one 128 KiB"
	echo "init-only array per file - 2 MiB of code and 2 MiB of data - is compiled once with"
	echo "\`$cc -O2\` (PIE) and linked with each linker; every function runs and every data page is"
	echo "written, then \`linktable_free_init()\` releases the ranges with the default user-space"
	echo "release (mprotect(PROT_NONE) + madvise(MADV_DONTNEED)). RSS comes from"
	echo "/proc/self/smaps_rollup, read by the program just before and after the release."
	echo
	echo "| linker | ranges' object linked | annotated bytes (range size) | released bytes | RSS before | RSS after | RSS returned | returned / annotated |"
	echo "|---|---|---|---|---|---|---|---|"
	printf "%s" "$rows"
	echo
	echo "Goal: at least 95% of the annotated bytes back, on every linker. Worst: $worst%."
	echo "Released bytes are whole pages from each range's start to its end marker: the annotated"
	echo "bytes plus the slack of the last page (nothing else shares it), plus, when the object that"
	echo "defines the ranges is not linked first, the padding before its page-aligned range head"
	echo "inside the range. That padding is never touched, so it is not resident and the RSS"
	echo "returned still matches the annotated bytes. The data pages were written (private copies),"
	echo "the code pages executed (page-cache pages mapped into the process); both leave the RSS."
	echo
	echo "The program's own report (mold build, ranges' object first):"
	echo
	echo '```'
	grep -v '^checksum=' "$sample"
	echo '```'
} >"$out"
cat "$out"
[ "$worst" != fail ] && awk -v w="$worst" 'BEGIN { exit !(w >= 95) }'
