#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Fuzzing in make check (issue 19): the libFuzzer harnesses (clang
# -fsanitize=fuzzer,address,undefined) run for a bounded time - 30 s on the
# ELF reader, 10 s on the boot headers (LINKTABLE_FUZZ_SECONDS scales both)
# - from the committed seeds plus seeds made here, at test time, of the
# input classes issue 19 added: extended section numbering and malformed
# ELF headers (tests/tool/elfhdr.py), names with terminal escapes and
# invalid UTF-8, and sealed build-time plans with each field tampered
# (tests/tool/tamper.py).  Any crash, sanitizer report, leak or timeout
# fails the test; the input is kept in build/fuzz/ci-crashes-*.
# Without clang's libFuzzer: a skip, or a failure under CI=true.
set -u
. tests/tool/lib.sh
D=build/fuzz
S=${LINKTABLE_FUZZ_SECONDS:-30}
mkdir -p "$D"
rm -rf "$D/ci-seeds-elf" "$D/ci-crashes-elf" "$D/ci-crashes-boot" "$D/ci-work-elf" "$D/ci-work-boot"
mkdir -p "$D/ci-seeds-elf" "$D/ci-crashes-elf" "$D/ci-crashes-boot" "$D/ci-work-elf" "$D/ci-work-boot"

if grep -q fsanitize build/.flags 2>/dev/null; then
	# make SAN=1: the core library is gcc-sanitized, the harnesses are
	# clang's; they are fuzzed from the plain build (the harnesses carry
	# ASan and UBSan themselves)
	skip_point "a sanitized build (make SAN=1): the libFuzzer harnesses run in the plain build"
	finish
	exit $?
fi
if ! nice make -s --no-print-directory fuzz-tool >"$D/ci-build.log" 2>&1; then
	if [ "${CI:-}" = true ]; then
		point 1 "the libFuzzer harnesses build (clang -fsanitize=fuzzer)" "$(tail -20 "$D/ci-build.log")"
	else
		skip_point "no clang with libFuzzer here: $(tail -1 "$D/ci-build.log")"
	fi
	finish
	exit $?
fi
point 0 "the libFuzzer harnesses build (clang -fsanitize=fuzzer,address,undefined)"

# --- seeds of the new input classes, made now ---------------------------------
T=$D/ci-seeds-elf
CF=(-std=gnu11 -Os -Iinclude -fno-pie -no-pie -Wl,--build-id=none -s)
# the core library of a sanitized build (make SAN=1) needs the runtimes
grep -q fsanitize build/.flags 2>/dev/null && CF+=(-fsanitize=address,undefined)
ok=0
{
	python3 bench/boot/gen.py 6 >"$T/steps.c" &&
		gcc "${CF[@]}" -o "$T/first" bench/boot/boot_plan.c "$T/steps.c" build/lib/liblinktable-core.a &&
		"$LT" plan "$T/first" >"$T/plan.c" &&
		gcc "${CF[@]}" -o "$T/sealed" bench/boot/boot_plan.c "$T/steps.c" "$T/plan.c" build/lib/liblinktable-core.a &&
		"$LT" seal "$T/sealed" >/dev/null
} 2>"$T/log" || ok=1
point $ok "a small sealed second link to tamper with" "$(cat "$T/log")"
python3 - "$T" <<'PY'
import sys
d = sys.argv[1]
src = ['#include <linktable/step.h>', 'LINKTABLE_INIT_TABLE_DEFINE();',
       '#line 1 "f\\033]0;t\\007\\377.c"',
       'LINKTABLE_ENTRY(init_steps, 1, a) = { .name = "t\\033]0;x\\007", .level = 1, .subarchs = 1, .file = __FILE__, '
       '.depends = (const char *const[]){ "n\\nerror: x\\377\\303", 0 } };',
       'LINKTABLE_ENTRY(init_steps, 2, b) = { .name = "n\\nerror: x\\377\\303", .level = 2, .subarchs = 1 };',
       'int main(void) { return 0; }']
open(f"{d}/hostile.c", "w").write("\n".join(src) + "\n")
PY
gcc "${CF[@]}" -o "$T/hostile-names" "$T/hostile.c" 2>>"$T/log"
for f in fingerprint seal nsteps ndeps ptr:dep_id null:dep_nhard dep_start dep_id dep_nhard rdep_start rdep_id \
	subarchs norder norder-short order order-id order-dup order-swap; do
	python3 tests/tool/tamper.py "$T/sealed" "$f" "$T/tampered-${f/:/-}" 2>>"$T/log"
done
for base in "$T/sealed" "$T/hostile-names" tests/tool/fuzz/corpus-elf/good-static tests/tool/fuzz/corpus-elf/good-shared; do
	b=$(basename "$base")
	python3 tests/tool/elfhdr.py extended "$base" "$T/$b-extended"
	for e in shstrndx-range ext-shstrndx-range ext-count-zero ext-count-huge name-range phoff-range; do
		python3 tests/tool/elfhdr.py "$e" "$base" "$T/$b-$e"
	done
done 2>>"$T/log"
rm -f "$T"/*.c "$T/log" "$T/first"
cp tests/tool/fuzz/corpus-elf/* "$T/"
nseeds=$(find "$T" -type f | wc -l)
point "$([ "$nseeds" -ge 60 ] && echo 0 || echo 1)" "$nseeds ELF seeds: the committed corpus and the new classes made here" "$(ls "$T")"
big=$(find "$T" -type f -size +64k | wc -l)
point "$([ "$big" = 0 ] && echo 0 || echo 1)" "every seed fits the 64 KiB input limit" "$(find "$T" -type f -size +64k)"

# --- bounded runs ----------------------------------------------------------------
# fuzz HARNESS SECONDS SEEDS...: libFuzzer for SECONDS from the seeds.
fuzz() {
	local h=$1 secs=$2
	shift 2
	nice "$D/fuzz_$h" -max_total_time="$secs" -print_final_stats=1 -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$D/ci-crashes-$h/" "$D/ci-work-$h" "$@" >"$D/ci-$h.log" 2>&1
}
fuzz elf "$S" "$T"
rc=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$D/ci-elf.log")
point "$([ "$rc" = 0 ] && [ -z "$(ls "$D/ci-crashes-elf")" ] && echo 0 || echo 1)" \
	"fuzz_elf for ${S}s: no crash, sanitizer report or timeout (${execs:-?} inputs)" \
	"$(grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$D/ci-elf.log" | head -10)"
grep -q "INITED" "$D/ci-elf.log"
point $? "fuzz_elf ran every seed first (its corpus includes the new classes)" "$(tail -5 "$D/ci-elf.log")"
fuzz boot "$((S / 3 > 1 ? S / 3 : 1))" tests/tool/fuzz/corpus-boot
rc=$?
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$D/ci-boot.log")
point "$([ "$rc" = 0 ] && [ -z "$(ls "$D/ci-crashes-boot")" ] && echo 0 || echo 1)" \
	"fuzz_boot for $((S / 3 > 1 ? S / 3 : 1))s: no crash (${execs:-?} inputs)" \
	"$(grep -E 'ERROR|SUMMARY|Test unit written|runtime error' "$D/ci-boot.log" | head -10)"
finish
