#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Fuzzes each harness for SECONDS (default 180) with libFuzzer, starting from
# the committed seed corpus; the grown corpus and any crash inputs go under
# build/fuzz/.  Prints libFuzzer's final statistics per harness.
#   make fuzz-tool && tests/tool/fuzz/run-fuzz.sh 300 [elf|boot]
set -eu
secs=${1:-180}
shift || true
harnesses=${*:-elf boot}
for h in $harnesses; do
	bin=build/fuzz/fuzz_$h
	[ -x "$bin" ] || { echo "run-fuzz: $bin missing: run make fuzz-tool" >&2; exit 2; }
	work=build/fuzz/work-$h
	mkdir -p "$work" build/fuzz/crashes-$h
	cp -n tests/tool/fuzz/corpus-$h/* "$work"/ 2>/dev/null || true
	echo "== fuzz_$h for ${secs}s"
	"$bin" -max_total_time="$secs" -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix=build/fuzz/crashes-$h/ "$work" 2>&1 | tee build/fuzz/fuzz_$h.log |
		grep -E '^(stat::|#[0-9]+[[:space:]]+DONE|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' || true
done
