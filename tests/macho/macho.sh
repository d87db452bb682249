#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/macho/macho.sh - tables on Mach-O, x86-64 and arm64, built with
# clang 14 and 16 and linked by their ld64.lld without an SDK (-nostdlib
# style: the entry point is the program's own "start"), then checked
# statically by check.py from llvm-objdump --macho: one section for every
# table, the bounds, each table's records in level order with the entries'
# bytes, with and without -dead_strip, at -O2 and -O0, and with LTO.  Also: C++ entries,
# 300 tables of 3 levels in one section (the 255-section limit), and the
# headers that do not apply stop with #error.  Nothing runs the images.
. "$(dirname "$0")/../tables/tap.sh"

src=tests/macho
expect="ops=2,51,401,402,991,992 a_table_with_a_long_name=2,71,72 nothing= calls=fn:31,32,601 records=12"

# $1 version, $2 arch, $3 mode name, $4 compile flags, $5 link flags
build_check() {
	local v=$1 arch=$2 mode=$3 cflags=$4 lflags=$5 bin=/usr/lib/llvm-$1/bin d="$scratch/$1-$2-$3" f line
	local what="clang $v $arch $mode"
	mkdir -p "$d"
	for f in main entries_a entries_b; do
		# shellcheck disable=SC2086
		"$bin/clang" --target="$arch-apple-macos11" -std=gnu11 -Wall -Wextra -Werror -Iinclude $cflags \
			-c "$src/$f.c" -o "$d/$f.o" 2>"$d/err" ||
			{ tap_point 1 "$what: $f.c compiles"; tap_diag "$(cat "$d/err")"; return; }
	done
	# shellcheck disable=SC2086
	if ! "$bin/ld64.lld" -arch "$arch" -platform_version macos 11.0 11.0 -e start $lflags -o "$d/t" \
		"$d/main.o" "$d/entries_a.o" "$d/entries_b.o" 2>"$d/err"; then
		tap_point 1 "$what: links"
		tap_diag "$(cat "$d/err")"
		return
	fi
	# shellcheck disable=SC2086
	while IFS= read -r line; do
		case $line in
		"ok - "*) tap_point 0 "$what: ${line#ok - }" ;;
		"not ok - "*) tap_point 1 "$what: ${line#not ok - }" ;;
		*) tap_point 1 "$what: check.py: $line" ;;
		esac
	done < <(python3 "$src/check.py" "$bin/llvm-objdump" "$d/t" $expect 2>&1)
}

for v in 14 16; do
	bin=/usr/lib/llvm-$v/bin
	if [ ! -x "$bin/clang" ] || [ ! -x "$bin/ld64.lld" ] || [ ! -x "$bin/llvm-objdump" ]; then
		tap_missing "clang-$v, ld64.lld (lld-$v) and llvm-objdump (llvm-$v) for Mach-O"
		continue
	fi
	for arch in x86_64 arm64; do
		build_check "$v" "$arch" "-O2 -dead_strip" "-O2" "-dead_strip"
		build_check "$v" "$arch" "-O2" "-O2" ""
		build_check "$v" "$arch" "-O0 -dead_strip" "-O0" "-dead_strip"
		build_check "$v" "$arch" "LTO -dead_strip" "-O2 -flto" "-dead_strip"
	done

	d="$scratch/$v-more"
	mkdir -p "$d"
	# C++: the entry is a constant-initialised static member (as on PE).
	cat >"$d/cxx.cc" <<'EOC'
#include <linktable/linktable.h>
struct op { unsigned int id, magic; int (*run)(int); };
LINKTABLE_DECLARE(struct op, ops);
LINKTABLE_DEFINE(struct op, ops);
static int f(int x) { return x; }
LINKTABLE_ENTRY(ops, 5, e5) = { 51, 0x4c54424cu, f };
LINKTABLE_ENTRY(ops, 1, e1) = { 11, 0x4c54424cu, nullptr };
extern "C" unsigned long linktable_test_sum;
unsigned long linktable_test_sum;
extern "C" void start(void) __asm__("start");
extern "C" void start(void)
{
	const op *o;
	LINKTABLE_FOREACH(o, ops)
		linktable_test_sum += o->id + LINKTABLE_COUNT(ops);
	for (;;)
		__asm__ volatile("");
}
EOC
	"$bin/clang++" --target=arm64-apple-macos11 -std=c++17 -nostdinc++ -Wall -Wextra -Werror -Iinclude -O2 -c "$d/cxx.cc" \
		-o "$d/cxx.o" 2>"$d/err" &&
		"$bin/ld64.lld" -arch arm64 -platform_version macos 11.0 11.0 -e start -dead_strip -o "$d/cxx" "$d/cxx.o" 2>>"$d/err" &&
		python3 "$src/check.py" "$bin/llvm-objdump" "$d/cxx" ops=11,51 records=2 >"$d/cxx.out" 2>&1
	tap_point "$([ $? -eq 0 ] && ! grep -q "^not ok" "$d/cxx.out" && echo 0 || echo 1)" \
		"clang++ $v arm64 C++17: entries link and check (-dead_strip)"
	[ -s "$d/err" ] && tap_diag "$(cat "$d/err" "$d/cxx.out")"

	# 300 tables with entries at levels 0, 50 and 99: one section still
	# (a section per table and level would be 900, past Mach-O's 255).
	python3 - "$d/many.c" <<'EOP'
import sys
with open(sys.argv[1], "w") as f:
    f.write("#include <linktable/linktable.h>\nstruct e { unsigned int id, magic; };\n")
    for t in range(300):
        f.write(f"LINKTABLE_DECLARE(struct e, t{t});\nLINKTABLE_DEFINE(struct e, t{t});\n")
        for lvl in (99, 0, 50):
            f.write(f"LINKTABLE_ENTRY(t{t}, {lvl}, e{t}_{lvl}) = {{ {lvl * 10 + 1}, 0x4c54424cu }};\n")
    f.write('unsigned long linktable_test_sum;\nvoid start(void) __asm__("start");\nvoid start(void)\n{\n'
            '\tconst struct e *p;\n')
    for t in (0, 299):
        f.write(f"\tLINKTABLE_FOREACH(p, t{t})\n\t\tlinktable_test_sum += p->id;\n")
    f.write("\tfor (;;)\n\t\t__asm__ volatile(\"\");\n}\n")
EOP
	"$bin/clang" --target=x86_64-apple-macos11 -std=gnu11 -Wall -Wextra -Werror -Iinclude -O2 -c "$d/many.c" \
		-o "$d/many.o" 2>"$d/err" &&
		"$bin/ld64.lld" -arch x86_64 -platform_version macos 11.0 11.0 -e start -dead_strip -o "$d/many" "$d/many.o" 2>>"$d/err" &&
		python3 "$src/check.py" "$bin/llvm-objdump" "$d/many" records=900 t0=1,501,991 t299=1,501,991 >"$d/many.out" 2>&1
	tap_point "$([ $? -eq 0 ] && ! grep -q "^not ok" "$d/many.out" && echo 0 || echo 1)" \
		"clang $v x86_64: 300 tables of 3 levels link, in one section of 900 records"
	[ -s "$d/err" ] || grep -q "^not ok" "$d/many.out" && tap_diag "$(cat "$d/err" "$d/many.out")"

	# The table API's compile-time checks (tests/compile-fail/core_*) hold
	# here too, with the same messages.
	cf=$(COMPILE_FAIL_CC="$bin/clang --target=arm64-apple-macos11 -ffreestanding" \
		COMPILE_FAIL_CXX="$bin/clang++ --target=arm64-apple-macos11 -ffreestanding -nostdinc++" COMPILE_FAIL_ONLY='core_*' \
		tests/compile-fail/run.sh 2>&1)
	tap_point "$([ $? -eq 0 ] && echo 0 || echo 1)" \
		"clang $v arm64-apple-macos11: the table API's compile-fail cases are rejected as on ELF: $(echo "$cf" | grep -c '^ok') of them"
	echo "$cf" | grep -q '^not ok' && tap_diag "$(echo "$cf" | grep -A3 '^not ok')"

	# What does not apply stops with a message; the rest compiles.
	ok=0
	for h in step plan boot_core boot init ranges free; do
		echo "#include <linktable/$h.h>" >"$d/h.c"
		"$bin/clang" --target=arm64-apple-macos11 -Iinclude -c "$d/h.c" -o "$d/h.o" 2>"$d/h.err" && ok=1
		grep -q "on Mach-O only tables are supported" "$d/h.err" || ok=1
	done
	tap_point "$ok" "clang $v: the init headers (step.h, plan.h, boot_core.h, boot.h, init.h), ranges.h and free.h stop with #error on Mach-O, saying why"
done
tap_done
