#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/matrix/run.sh - the toolchain matrix (make matrix).
#
# Builds and runs the matrix test program (tests/matrix/*.c) in every
# configuration of {gcc, clang} x {bfd, gold, lld, mold} x {-O0, -O2,
# -O2 -flto} x {nogc, gc} x {pie, nopie}, then with each compiler and linker:
# ASan+UBSan, valgrind, -static, -static-pie, C++ consumers (PIE, and non-PIE with
# -std=c++17), a freestanding C11 build, and a non-PIE link with one object
# of position-independent code.  clang-15 and clang-16 (Debian 12's newer
# clangs) link with lld 16 (-fuse-ld=lld-16 finds ld.lld-16).
#
# MATRIX_SET=check (make check) keeps only the newer clangs' -O2 and
# -O2 -flto columns and their ASan and C++ cells; make matrix runs them all
# and rewrites docs/toolchains.md.
# Prints TAP, one point per configuration, and last
#   matrix: P/N configurations passed (S skipped: toolchain cannot link)
# Writes build/matrix/results.tsv and docs/toolchains.md (with the controls
# of tests/matrix/traps.sh: the same table without linktable's precautions).
#
# MATRIX_JOBS=N runs N configurations at once (default 2).
set -u
cd "$(dirname "$0")/../.."
out=build/matrix
mkdir -p "$out"
# One matrix at a time (make check and make matrix may overlap): a second
# run waits for the first instead of deleting its results.
exec 9>"$out/lock"
flock 9
rm -rf "$out"/cfg-* "$out"/users-obj

set=${MATRIX_SET:-full}
configs() {
	local i=0 cc ld opt gc pie
	for cc in gcc clang; do
		for ld in bfd gold lld mold; do
			for opt in -O0 -O2 "-O2 -flto"; do
				for gc in nogc gc; do
					for pie in pie nopie; do
						echo "$((++i))|$cc|$ld|$opt|$gc|$pie|std"
					done
				done
			done
		done
	done
	for cc in clang-15 clang-16; do
		for opt in -O0 -O2 "-O2 -flto"; do
			for gc in nogc gc; do
				for pie in pie nopie; do
					# make check: no -O0, and gc with pie, nogc with nopie
					[ "$set" = check ] && case $opt/$gc/$pie in -O0/* | */gc/nopie | */nogc/pie) continue ;; esac
					echo "$((++i))|$cc|lld-16|$opt|$gc|$pie|std"
				done
			done
		done
	done
	for variant in asan valgrind static static-pie cxx cxx17 freestanding mixed; do
		for cc in gcc clang clang-15 clang-16; do
			for ld in bfd gold lld mold lld-16; do
				# the newer clangs with lld 16 only; lld 16 with them only
				case $cc/$ld in clang-1*/lld-16) ;; clang-1*/* | */lld-16) continue ;; esac
				[ "$set" = check ] && case $cc/$variant in clang-1*/asan | clang-1*/cxx) ;; clang-1*/*) continue ;; esac
				case $variant in
				asan | valgrind | cxx) echo "$((++i))|$cc|$ld|-O2|nogc|pie|$variant" ;;
				static | static-pie) echo "$((++i))|$cc|$ld|-O2|nogc|$variant|std" ;;
				cxx17) echo "$((++i))|$cc|$ld|-O2|nogc|nopie|$variant" ;;
				freestanding) echo "$((++i))|$cc|$ld|-O2|nogc|static|$variant" ;;
				mixed) echo "$((++i))|$cc|$ld|-O2|nogc|nopie|$variant" ;;
				esac
			done
		done
	done
}
configs >"$out/configs"
total=$(wc -l <"$out/configs")

# Controls first: the test program must fail when entries are missing or
# padded, and the compat program when an array table's sections are not
# declared in order - without them a "pass" would prove nothing.
controls=0 n=0
: >"$out/controls.tsv"
for c in "gcc|bfd|-O2|nogc|pie|control-object" "gcc|bfd|-O2|nogc|pie|control-aligned" \
	"clang|lld|-O2|gc|pie|control-retain" "gcc|bfd|-O2|nogc|pie|control-compat-order"; do
	n=$((n + 1))
	tests/matrix/run-one.sh "c$n|$c"
	cat "$out/cfg-c$n/result" >>"$out/controls.tsv"
	IFS=$'\t' read -r _ status _ _ _ label reason <"$out/cfg-c$n/result"
	if [ "$status" = pass ]; then
		echo "ok $n - $label: $reason"
	else
		echo "not ok $n - $label: $reason"
		controls=$((controls + 1))
	fi
done

xargs -P "${MATRIX_JOBS:-2}" -d '\n' -n 1 tests/matrix/run-one.sh <"$out/configs"

printf 'index\tstatus\tcompiler\tlinker\tcolumn\tlabel\treason\n' >"$out/results.tsv"
passed=0 failed=0 skipped=0
for i in $(seq 1 "$total"); do
	n=$((n + 1))
	if [ ! -s "$out/cfg-$i/result" ]; then
		echo "not ok $n - configuration $i: no result (run-one.sh failed)"
		failed=$((failed + 1))
		continue
	fi
	cat "$out/cfg-$i/result" >>"$out/results.tsv"
	IFS=$'\t' read -r _ status _ _ _ label reason <"$out/cfg-$i/result"
	case "$status" in
	pass) echo "ok $n - $label"; passed=$((passed + 1)) ;;
	skip) echo "ok $n # SKIP $label: $reason"; skipped=$((skipped + 1)) ;;
	*) echo "not ok $n - $label: $reason"; failed=$((failed + 1)) ;;
	esac
done
[ "$set" = check ] ||
	{ { tests/matrix/toolchains.sh "$out/results.tsv" "$out/controls.tsv" && echo && tests/matrix/traps.sh; } >docs/toolchains.md.tmp &&
		mv docs/toolchains.md.tmp docs/toolchains.md; }
echo "1..$n"
line="matrix: $passed/$total configurations passed"
[ "$skipped" -ne 0 ] && line="$line ($skipped skipped: toolchain cannot link)"
[ "$failed" -ne 0 ] && line="$line, $failed FAILED"
echo "$line"
[ "$failed" -eq 0 ] && [ "$controls" -eq 0 ]
