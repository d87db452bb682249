#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bench/init/run.sh - the init framework's benchmarks; writes
# build/bench/init.md.  About 1-2 minutes on a 2-core machine.
set -eu
bench=build/bench/init/plan_bench
demo=build/bin/linktable-demo
out=build/bench/init.md
mkdir -p build/bench
for f in "$bench" "$demo"; do
	[ -x "$f" ] || { echo "bench/init: $f is not built (run make first)" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "bench/init: needs python3" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Planner growth: one process per size (peak RSS is that size's).
for spec in 1000:9 10000:9 100000:5 1000000:3; do
	"$bench" planner "${spec%%:*}" "${spec##*:}" >>"$tmp/planner"
done
for spec in 1000:5 10000:1; do
	"$bench" baseline "${spec%%:*}" "${spec##*:}" >>"$tmp/baseline"
done

# Instruction counts (callgrind, one run each): the planner at 1k, 10k and
# 100k, the mock-up at 1k.
ir() { # $1 mode, $2 function, $3 steps
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.$1.$3" --toggle-collect="$2" \
		"$bench" "$1" "$3" 1 >/dev/null 2>"$tmp/cg.$1.$3.err" &&
		callgrind_annotate "$tmp/cg.$1.$3" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1; exit}'
}
if command -v valgrind >/dev/null; then
	for n in 1000 10000 100000; do
		echo "$n $(ir planner linktable_plan_build $n)" >>"$tmp/ir"
	done
	ir_planner=$(awk '$1 == 1000 {print $2}' "$tmp/ir")
	ir_baseline=$(ir baseline baseline_order 1000)
else
	ir_planner=n/a ir_baseline=n/a
	: >"$tmp/ir"
fi

# Demo boots: 5 sequential and 5 parallel, --json, summaries per boot.
for i in 1 2 3 4 5; do
	"$demo" --json >"$tmp/seq.$i.json"
	"$demo" --json --parallel >"$tmp/par.$i.json"
done

python3 - "$tmp" "$ir_planner" "$ir_baseline" >"$out" <<'EOP'
import glob, json, statistics, sys
tmp, ir_planner, ir_baseline = sys.argv[1], sys.argv[2], sys.argv[3]

def rows(name):
    return [l.split() for l in open(f"{tmp}/{name}")]

planner = {int(r[0]): r for r in rows("planner")}
irs = {int(r[0]): int(r[1]) for r in rows("ir") if len(r) == 2}
baseline = {int(r[0]): r for r in rows("baseline")}
print("## Init planner and boot (`bench/init/run.sh`)")
print()
print("Command: `make bench` runs `bench/init/run.sh`, which runs `build/bench/init/plan_bench planner|baseline N RUNS`")
print("(synthetic tables: N steps, levels ascending, 3 hard dependencies each on random earlier steps, table")
print("shuffled) and `build/bin/linktable-demo --json [--parallel]` 5 times each.")
print()
print("### Planner growth (`linktable_plan_build`, O((n + e) log n))")
print()
print("| steps | instructions (callgrind) | instructions per step | median ms | min ms | peak RSS growth KiB |")
print("|---:|---:|---:|---:|---:|---:|")
for n in sorted(planner):
    r = planner[n]
    ir = f"{irs[n]:,} | {irs[n] / n:,.0f}" if n in irs else "- | -"
    print(f"| {n:,} | {ir} | {float(r[1]):.2f} | {float(r[2]):.2f} | {int(r[3]):,} |")
ns = sorted(planner)
g = [float(planner[b][1]) / float(planner[a][1]) for a, b in zip(ns, ns[1:])]
gi = sorted(irs)
print()
print("Growth per 10x steps: instructions " + ", ".join(f"{irs[b] / irs[a]:.1f}x" for a, b in zip(gi, gi[1:])) +
      " (n log n: about 11-13x); wall time " + ", ".join(f"{x:.1f}x" for x in g) + ".")
print("Wall time grows faster than the instruction count once the tables outgrow the caches")
print("(1M steps and 3M dependencies touch ~130 MB at random) and varies with machine load;")
print("memory grows linearly, about 130 bytes per step.")
print()
print("### Against the original mock-up (scan the table for each dependency, swap it forward, repeat until stable)")
print()
print("| steps | planner min ms | mock-up min ms | mock-up passes | mock-up / planner |")
print("|---:|---:|---:|---:|---:|")
for n in sorted(baseline):
    p, b = float(planner[n][2]), float(baseline[n][2])
    print(f"| {n:,} | {p:.2f} | {b:.2f} | {baseline[n][4]} | {b / p:.0f}x |")
print()
print("(Minimum of the runs: the machine is shared, and the minimum is the least disturbed.)")
if ir_planner not in ("", "n/a") and ir_baseline not in ("", "n/a"):
    ratio = int(ir_baseline) / int(ir_planner)
    print()
    print(f"Callgrind, 1,000 steps, one run each: planner {int(ir_planner):,} instructions, mock-up "
          f"{int(ir_baseline):,} instructions: {ratio:.0f}x.")
print()
print("The mock-up is quadratic per pass (every dependency is found by a linear scan), so 10x more")
print("steps cost about 100x per pass, and more passes; the planner also checks cycles, levels,")
print("duplicates and subarch consistency, which the mock-up does not.")
print()

def boots(mode):
    out = {}
    for f in sorted(glob.glob(f"{tmp}/{mode}.*.json")):
        for b in json.load(open(f))["boots"]:
            out.setdefault(b["subarch"]["name"], []).append(b["summary"])
    return out

seq, par = boots("seq"), boots("par")
print("### Demo boot: sequential vs parallel vs critical path (median of 5, ms)")
print()
print("| boot | sequential wall | parallel wall | callback time | critical path | speed-up |")
print("|---|---:|---:|---:|---:|---:|")
for name in seq:
    sw = statistics.median(s["wall_ns"] for s in seq[name]) / 1e6
    pw = statistics.median(s["wall_ns"] for s in par[name]) / 1e6
    busy = statistics.median(s["busy_ns"] for s in seq[name]) / 1e6
    cp = statistics.median(s["critical_path_ns"] for s in seq[name]) / 1e6
    print(f"| {name} | {sw:.1f} | {pw:.1f} | {busy:.1f} | {cp:.1f} | {sw / pw:.2f}x |")
print()
print("Steps sleep for simulated time, so the gain does not need free cores. The critical path is")
print("computed from the measured callback times: dependencies and non-parallel-safe (barrier)")
print("steps in sequence, everything else overlapped; the parallel wall time should approach it.")
EOP
echo "wrote $out"
