#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/init/run.sh - the init framework's benchmarks; raw results to
# bench/results/init (bench/init/render.py makes the Markdown).  About 2-3
# minutes on a 2-core machine.
set -eu
bench=build/bench/init/plan_bench
demo=build/bin/linktable-demo
mkdir -p build/bench
for f in "$bench" "$demo"; do
	[ -x "$f" ] || { echo "bench/init: $f is not built (run make first)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "bench/init: needs python3" >&2; exit 1; }

res=${BENCH_RESULTS:-bench/results/init}
rm -rf "$res"
mkdir -p "$res"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Planner growth: one process per size (peak RSS is that size's).
for spec in 1000:9 10000:9 100000:5 1000000:3; do
	"$bench" planner "${spec%%:*}" "${spec##*:}" >>"$res/planner"
done
# Against the mock-up's algorithm, 1 and 3 dependencies per step, 10 to
# 100k steps (the mock-up is quadratic: one run at 100k, ~10 s).
for deps in 1 3; do
	for spec in 10:9 100:9 1000:9 10000:5 100000:1; do
		echo "$deps $("$bench" planner "${spec%%:*}" "${spec##*:}" "$deps")" >>"$res/vs-planner"
		echo "$deps $("$bench" mockup "${spec%%:*}" "${spec##*:}" "$deps")" >>"$res/vs-mockup"
	done
done

# The same benchmark built by clang (its own build directory; DWARF 4:
# valgrind 3.19 cannot read clang's default DWARF 5).
clang_bench=build/bench/clang/bench/init/plan_bench
if command -v clang >/dev/null; then
	make -s BUILD=build/bench/clang CC=clang OPT="-O2 -gdwarf-4" "$clang_bench" >/dev/null ||
		{ echo "bench/init: building the clang copy failed" >&2; exit 1; }
fi

# Instruction counts (callgrind, one run each): the planner at 1k, 10k and
# 100k; planner and mock-up from 10 to 10k steps with 1 and 3 dependencies,
# built by gcc and by clang.
ir() { # $1 mode, $2 function, $3 steps, $4 dependencies [$5 binary]
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1.$3.$4" --toggle-collect="$2" \
		"${5:-$bench}" "$1" "$3" 1 "$4" >/dev/null 2>"$tmp/cg.$1.$3.$4.err" &&
		callgrind_annotate "$tmp/cg.$1.$3.$4" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}'
}
: >"$res/ir"
: >"$res/vs-ir"
if command -v valgrind >/dev/null; then
	for n in 1000 10000 100000; do
		echo "$n $(ir planner linktable_plan_build $n 3)" >>"$res/ir"
	done
	for cc in gcc clang; do
		bin=$bench
		if [ "$cc" = clang ]; then
			[ -x "$clang_bench" ] || continue
			bin=$clang_bench
		fi
		for deps in 1 3; do
			for n in 10 30 100 300 1000 10000; do
				echo "$cc $deps $n $(ir planner linktable_plan_build $n $deps "$bin") $(ir mockup linktable_bench_mockup_sort $n $deps "$bin")" >>"$res/vs-ir"
			done
		done
	done
	# The build-time plan's side (gcc): plan_bench's table as a linked
	# init table, planned by "linktable plan", relinked, sealed; counted
	# is the boot's linktable_plan_make_table() taking it over.
	gen=build/bench/init/gen_steps tool=build/bin/linktable core=build/lib/liblinktable-core.a
	cflags=(-std=gnu11 -O2 -Iinclude -Wl,-z,now)
	: >"$res/vs-sealed"
	for deps in 1 3; do
		for n in 10 30 100 300 1000 10000; do
			"$gen" "$n" "$deps" >"$tmp/steps.c"
			gcc "${cflags[@]}" -o "$tmp/first" bench/init/sealed_plan.c "$tmp/steps.c" "$core"
			"$tool" plan "$tmp/first" >"$tmp/plan.c"
			gcc "${cflags[@]}" -o "$tmp/sealed" bench/init/sealed_plan.c "$tmp/steps.c" "$tmp/plan.c" "$core"
			"$tool" seal "$tmp/sealed" >/dev/null
			"$tmp/sealed" >/dev/null || { echo "bench/init: the sealed plan of $n steps was not taken over" >&2; exit 1; }
			valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.sealed" --toggle-collect=linktable_plan_make_table \
				"$tmp/sealed" >/dev/null 2>"$tmp/cg.sealed.err" ||
				{ echo "bench/init: callgrind failed on the sealed plan of $n steps" >&2; exit 1; }
			echo "$deps $n $(callgrind_annotate "$tmp/cg.sealed" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}')" >>"$res/vs-sealed"
		done
	done
fi

# Demo boots: 12 sequential and 12 parallel, --json, summaries per boot.
for i in $(seq 1 12); do
	"$demo" --json >"$tmp/seq.$i.json"
	"$demo" --json --parallel >"$tmp/par.$i.json"
done

# The boots' summaries (subarch, wall and critical path in ns), and the load.
python3 - "$tmp" >"$res/boots" <<'EOP'
import glob, json, sys
for mode in ("seq", "par"):
    for f in sorted(glob.glob(f"{sys.argv[1]}/{mode}.*.json"), key=lambda f: int(f.split(".")[-2])):
        for b in json.load(open(f))["boots"]:
            s = b["summary"]
            print(mode, b["subarch"]["name"], s["wall_ns"], s.get("critical_path_ns", 0))
EOP
cut -d' ' -f1 /proc/loadavg >"$res/loadavg"
echo "${BENCH_RUN_ID:-unset}" >"$res/run-id"
echo "bench/init: wrote $res"
