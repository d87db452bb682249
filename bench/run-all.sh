#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# bench/run-all.sh - what `make bench` runs: every benchmark (BENCHES, the
# run.sh of each bench/*/), under one run id, each writing its raw results
# to bench/results/<name>/; then the machine and the run to
# bench/results/run.tsv, and docs/benchmarks.md from all of it
# (bench/render.sh).  Commit bench/results/ and docs/benchmarks.md together.
set -eu
cd "$(dirname "$0")/.."
start=$(date +%s)
BENCH_RUN_ID=$(date -u +%Y%m%dT%H%M%SZ)-$(git rev-parse --short HEAD 2>/dev/null || echo nogit)
export BENCH_RUN_ID
mkdir -p bench/results
for b in "$@"; do
	name=$(basename "$(dirname "$b")")
	echo "== $b ($name)"
	BENCH_RESULTS=bench/results/$name nice "$b"
done
end=$(date +%s)
{
	printf 'run_id\t%s\n' "$BENCH_RUN_ID"
	printf 'date\t%s\n' "$(date -u +%Y-%m-%d)"
	printf 'command\t%s\n' "make bench"
	printf 'duration_s\t%s\n' $((end - start))
	printf 'cpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //') ($(nproc) cores)"
	printf 'memory\t%s\n' "$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
	printf 'os\t%s\n' "$(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
	printf 'load\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg) (load average at the end; the machine is shared)"
	printf 'gcc\t%s\n' "$(gcc --version | head -1)"
	printf 'clang\t%s\n' "$(clang --version 2>/dev/null | head -1)"
	printf 'binutils\t%s\n' "$(ld --version | head -1)"
	printf 'valgrind\t%s\n' "$(valgrind --version 2>/dev/null)"
	printf 'qemu\t%s\n' "$(qemu-system-x86_64 --version 2>/dev/null | head -1)"
} >bench/results/run.tsv
bench/render.sh >docs/benchmarks.md
echo "wrote docs/benchmarks.md (run $BENCH_RUN_ID, $((end - start)) s)"
