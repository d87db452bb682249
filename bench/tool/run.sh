#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Benchmarks of the linktable command and of the metadata it reads; raw
# results to bench/results/tool (bench/tool/render.sh makes the Markdown).
#  1. Size: what one init step costs in the binary (PIE and non-PIE, before
#     and after strip), as the difference between 2000 and 1000 steps.
#  2. Speed: list and check on a binary with 100k init steps (callgrind
#     instruction counts, and their ratio to 10k steps; median wall time).
set -eu
LT=build/bin/linktable
W=build/bench/tool
res=${BENCH_RESULTS:-bench/results/tool}
rm -rf "$res"
mkdir -p "$W" "$res"
CC=${CC:-gcc}
CFLAGS="-std=gnu11 -O1 -Iinclude"

gen() { [ -s "$W/steps$1.c" ] || python3 bench/tool/gen_steps.py "$1" >"$W/steps$1.c"; }
build() { # build N KIND(pie|nopie)
	local bin=$W/steps$1-$2 flags
	case $2 in
	pie) flags="-fPIE -pie" ;;
	pie-relr) flags="-fPIE -pie -Wl,-z,pack-relative-relocs" ;;
	*) flags="-fno-pie -no-pie" ;;
	esac
	gen "$1"
	# shellcheck disable=SC2086
	[ "$bin" -nt "$W/steps$1.c" ] || $CC $CFLAGS $flags "$W/steps$1.c" -o "$bin"
	strip -o "$bin-stripped" "$bin"
}
# Bytes of the sections matching an awk regex.
secbytes() {
	local s=0 h
	for h in $(readelf -S -W "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk -v re="$2" '$1 ~ re { print $5 }'); do
		s=$((s + 16#$h))
	done
	echo "$s"
}

: >"$res/size.tsv"
for kind in pie pie-relr nopie; do
	build 1000 $kind
	build 2000 $kind
	a=$W/steps1000-$kind b=$W/steps2000-$kind
	for part in "entries (linktable_init_steps_*)|^linktable_init_steps_" \
		"read-only data (.rodata: names; non-PIE: dependency arrays)|^\\.rodata$" \
		"PIE dependency arrays (.data.rel.ro)|^\\.data\\.rel\\.ro$" \
		"dynamic relocations (.rela.dyn, .relr.dyn)|^\\.rel[ar]\\.dyn$" \
		"symbols (.symtab + .strtab; gone after strip)|^\\.(symtab|strtab)$" \
		"descriptor note (.note.linktable)|^\\.note\\.linktable$"; do
		label=${part%%|*} re=${part#*|}
		printf '%s\t%s\t%s\t%s\n' $kind "$label" "$(secbytes "$a" "$re")" "$(secbytes "$b" "$re")" >>"$res/size.tsv"
	done
	printf '%s\t%s\t%s\t%s\n' $kind "whole file, stripped" "$(stat -c %s "$a-stripped")" "$(stat -c %s "$b-stripped")" \
		>>"$res/size.tsv"
	# the tool must read every step after strip
	"$LT" check "$b-stripped" >/dev/null
done
note=$(secbytes "$W/steps1000-pie" '^\.note\.linktable$')

# Speed: callgrind instruction counts of one run, and wall time medians.
build 10000 pie
build 100000 pie
big=$W/steps100000-pie-stripped small=$W/steps10000-pie-stripped
instr() { # instr CMD BINARY: instructions executed by the tool
	valgrind --tool=callgrind --callgrind-out-file=/dev/null "$LT" "$1" "$2" 2>&1 >/dev/null |
		sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
wall_ms() { # 5 wall-clock runs, in ms
	for _ in 1 2 3 4 5; do
		s=$(date +%s%N)
		"$LT" "$1" "$2" >/dev/null
		e=$(date +%s%N)
		echo $(((e - s) / 1000000))
	done | tr '\n' ' '
}
cpu_ms() { # 5 runs' CPU time (user + system), in ms: what the tool costs, whatever the load
	for _ in 1 2 3 4 5; do
		# times: the subshell's own, then its children's (the tool's) user and system time
		("$LT" "$1" "$2" >/dev/null; times) | awk 'NR == 2 {
			t = 0
			for (f = 1; f <= 2; f++) { split($f, p, /[ms]/); t += p[1] * 60 + p[2] }
			printf "%d\n", t * 1000 + 0.5 }'
	done | tr '\n' ' '
}
for cmd in list check; do
	echo "$cmd $(instr $cmd "$small") $(instr $cmd "$big") $(wall_ms $cmd "$big")"
done >"$res/speed.tsv"
for cmd in list check; do
	echo "$cmd $(cpu_ms $cmd "$big")"
done >"$res/cpu.tsv"
# The steps the tool decoded in the big binary ("1 table, N init steps": the
# singular too, which an earlier pattern missed, leaving the page's heading
# without its number).
steps=$("$LT" check "$big" | sed -n 's/.* tables\{0,1\}, \([0-9]*\) init steps.*/\1/p')
[ "$steps" = 100000 ] || { echo "bench/tool: linktable check counted '${steps}' init steps in $big, not 100000" >&2; exit 1; }
printf '#include <stdio.h>\n#include <linktable/init.h>\nint main(void) { printf("%%zu", sizeof(struct linktable_init_step)); return 0; }\n' >"$W/size.c"
$CC $CFLAGS "$W/size.c" -o "$W/size"
printf 'entry\t%s\n' "$("$W/size")" >"$res/meta.tsv"
printf 'note\t%s\nsteps\t%s\ncompiler\t%s\n' "$note" "$steps" "$CC $CFLAGS" >>"$res/meta.tsv"
echo "${BENCH_RUN_ID:-unset}" >"$res/run-id"
echo "bench/tool: wrote $res"

