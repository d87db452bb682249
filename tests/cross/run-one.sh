#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/cross/run-one.sh "arch|compiler|opt|variant" - cross-compile the
# library and the unit tests of tables, init, freeing and subarch detection
# (make print-cross-tests) for one architecture with the project's own make
# rules, then run every test program under qemu-user.  win64 (Windows,
# PE/COFF): the table tests only (make print-pe-tests), under wine.
#   arch      aarch64 | armhf | i686 | riscv64 | s390x | win64
#             (tests/cross/targets.sh)
#   compiler  gcc (Debian's <triple>-gcc) | clang, clang-15, clang-16
#             (--target=<triple>, the same sysroot and GNU ld; on win64
#             lld, with gcc's libraries)
#   opt       -O0 | -O2 (or "-O2 -flto", clang linking with ld.lld: not in
#             the sets of run.sh, as the unit tests check link order within
#             a level, which LTO does not keep; tests/matrix covers LTO)
#   variant   std | page64k (ranges aligned to 64 KiB and run with 64 KiB
#             pages: -DLINKTABLE_FREE_ALIGN=65536, qemu -p 65536)
# Prints TAP: one point per test program, with its own count of points; a
# toolchain that cannot link a trivial program for the target is one skip
# point (the reason is its first error line), a failure under CI=true
# unless CROSS_ALLOW_SKIP is set (for manual runs of what a linker cannot
# target, e.g. clang -flto with ld.lld on s390x).
# Builds under build/cross/<arch>-<compiler><opt>-<variant>/.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
# shellcheck source=tests/cross/targets.sh
. tests/cross/targets.sh

IFS='|' read -r arch cc opt variant <<<"${1:-}"
if [ -z "${variant:-}" ]; then
	echo "run-one.sh: bad configuration '${1:-}' (want arch|compiler|opt|variant)" >&2
	exit 2
fi
if ! t=$(cross_target "$arch"); then
	echo "run-one.sh: unknown architecture '$arch' (known: $(cross_targets | awk '{ printf "%s ", $1 }'))" >&2
	exit 2
fi
read -r triple qemu <<<"$t"
pe=false
[ "$qemu" = wine ] && pe=true
label="$arch/$cc/$opt/$variant"
build=build/cross/$arch-$cc$(echo "$opt" | tr -d ' ')-$variant
point() { # status what [diagnostics]
	tap_point "$1" "$label: $2"
	[ "$1" -eq 0 ] || [ -z "${3:-}" ] || tap_diag "$(echo "$3" | head -15)"
}

# How make builds for the target: the compiler, archiver and link flags.
# gcc-ar and llvm-ar index LTO objects, which plain ar cannot.
case $cc in
gcc) mk=(CC="$triple-gcc" AR="$triple-gcc-ar") ;;
clang*) mk=(CC="$cc --target=$triple" AR=llvm-ar${cc#clang}) ;; # clang-16: llvm-ar-16
*) echo "run-one.sh: unknown compiler '$cc'" >&2; exit 2 ;;
esac
ldflags=()
# qemu-i386 7.2 hangs in pthread_create() in a dynamically linked program
# (a two-thread hello hangs too): the i686 tests are linked statically.
[ "$arch" = i686 ] && ldflags+=(-static)
# Windows: no libwinpthread DLL to find under wine; clang links with lld
# (its MinGW driver) and needs gcc's runtime libraries.
if $pe; then
	ldflags+=(-static)
	case $cc in
	clang*) ldflags+=(-fuse-ld=lld${cc#clang} -L"$(dirname "$("$triple-gcc" -print-libgcc-file-name)")") ;;
	esac
fi
# GNU ld has no LLVM plugin here: clang's LTO links with its own lld
# (clang-16 with ld.lld-16: an older lld cannot read newer bitcode).
$pe || case $cc/$opt in
clang-*-flto*) ldflags+=(-fuse-ld=lld${cc#clang}) ;;
clang*-flto*) ldflags+=(-fuse-ld=lld) ;;
esac
qemu_opts=()
extra=()
case $variant in
std) ;;
page64k)
	extra+=(-DLINKTABLE_FREE_ALIGN=65536)
	ldflags+=(-Wl,-z,max-page-size=65536)
	qemu_opts+=(-p 65536)
	;;
*) echo "run-one.sh: unknown variant '$variant'" >&2; exit 2 ;;
esac
if $pe && [ "$variant" != std ]; then
	echo "run-one.sh: variant '$variant' needs qemu-user; $arch runs under wine (std only)" >&2
	exit 2
fi
mk+=(BUILD="$build" OPT="$opt -g" CFLAGS_EXTRA="${extra[*]}" LDFLAGS_BASE="${ldflags[*]}")

mkdir -p "$build"
# Can this toolchain build and run anything for the target?
probe=$build/probe
if $pe; then
	printf '#include <stdio.h>\n#include <windows.h>\nint main(void) { SYSTEM_INFO i; GetSystemInfo(&i); printf("page %%lu\\n", (unsigned long)i.dwPageSize); return 0; }\n' >"$probe.c"
else
	printf '#include <stdio.h>\n#include <unistd.h>\nint main(void) { printf("page %%ld\\n", sysconf(_SC_PAGESIZE)); return 0; }\n' >"$probe.c"
fi
cc_cmd=${mk[0]#CC=}
# shellcheck disable=SC2086 # the compiler command and flags split on purpose
if ! $cc_cmd $opt "${ldflags[@]}" -o "$probe" "$probe.c" >"$probe.log" 2>&1; then
	reason=$(grep -m1 -iE 'error|cannot|unknown|unsupported|not found' "$probe.log" || head -1 "$probe.log")
	if [ "${CI:-}" = true ] && [ -z "${CROSS_ALLOW_SKIP:-}" ]; then
		point 1 "the toolchain links a trivial program (CI=true: required)" "$reason"
	else
		tap_n=$((tap_n + 1))
		echo "ok $tap_n # SKIP $label: the toolchain cannot link for $triple: $reason"
	fi
	tap_done
fi
runner=$(cross_runner "$qemu")
run() { # program...
	if $pe; then
		# the compiler driver added .exe; a prefix of its own unless
		# run.sh made one for every configuration
		local p=$1
		shift
		[ -f "$p.exe" ] && p=$p.exe
		WINEDEBUG=-all WINEPREFIX=${WINEPREFIX:-$PWD/build/cross/wine} timeout "${CROSS_TIMEOUT:-300}" wine "$p" "$@"
		return
	fi
	QEMU_LD_PREFIX=/usr/$triple timeout "${CROSS_TIMEOUT:-300}" "qemu-$qemu-static" "${qemu_opts[@]}" "$@"
}
out=$(run "$probe" 2>&1 | tr -d '\r') # Windows ends lines with CR LF
page=4096
[ "$variant" = page64k ] && page=65536
# (wine's first start in a new prefix says so on stderr)
echo "$out" | grep -qx "page $page"
point $? "a trivial program runs under $runner, with $page-byte pages" "$out"
[ "$tap_failed" -eq 0 ] || tap_done

# Not the calling make's variables (make SAN=1 check, CC=clang): a build
# of its own.
unset MAKEFLAGS MFLAGS MAKELEVEL
list_tests=print-cross-tests
$pe && list_tests=print-pe-tests
read -r -a tests <<<"$(make -s --no-print-directory BUILD="$build" $list_tests)"
[ ${#tests[@]} -gt 0 ] || { point 1 "make $list_tests names the test programs"; tap_done; }
if ! make -s --no-print-directory -j"${CROSS_JOBS:-2}" "${mk[@]}" "${tests[@]/#/$build/}" >"$build/make.log" 2>&1; then
	point 1 "build the library and ${#tests[@]} test programs" "$(grep -m5 -iE 'error|undefined' "$build/make.log" || tail -5 "$build/make.log")"
	tap_done
fi
point 0 "built the library and ${#tests[@]} test programs"
first=$build/${tests[0]}
[ -f "$first.exe" ] && first=$first.exe
file_out=$(file -L "$first")
case $arch in
aarch64) want='ARM aarch64' ;; armhf) want='ARM, EABI5' ;; i686) want='Intel 80386' ;;
riscv64) want='RISC-V' ;; s390x) want='MSB.*IBM S/390' ;;
win64) want='PE32\+ executable.*x86-64' ;;
esac
echo "$file_out" | grep -qE "$want"
point $? "${tests[0]} is a $arch image ($want)" "$file_out"
# PE: GNU as pads each grouped section to 16 bytes, so that a level's
# one 8-byte slot in entries_a.o takes 16 and the walk must skip the zero
# slot after it; clang's assembler leaves 8.  Checked, so that the tests
# above cannot pass without the padding they are meant to meet.
# (Not under LTO: the objects hold bitcode.)
if $pe && [[ $opt != *-flto* ]]; then
	pad=16
	case $cc in clang*) pad=8 ;; esac
	size=$("$triple-objdump" -h "$build/tests/tables/entries_a.o" 2>&1 |
		awk '$2 == ".rdata$lt.ops.m.05" { print $3 }')
	[ -n "$size" ] && size=$((16#$size))
	[ "$size" = "$pad" ]
	point $? "entries_a.o: level 5 of table ops is ${size:-?} bytes (one pointer; $pad with this assembler)"
fi

for t in "${tests[@]}"; do
	log=$build/$t.log
	run "$build/$t" >"$log" 2>&1 </dev/null
	rc=$?
	sed -i 's/\r$//' "$log"
	p=$(grep -cE '^ok [0-9]+' "$log")
	f=$(grep -cE '^not ok [0-9]+' "$log")
	plan=$(grep -cE '^1\.\.[0-9]+$' "$log")
	[ "$rc" -eq 0 ] && [ "$f" -eq 0 ] && [ "$p" -gt 0 ] && [ "$plan" -eq 1 ]
	point $? "$t under $runner: $p passed, $f failed, exit $rc" \
		"$(grep -E '^not ok|^#' "$log" | head -10; [ "$rc" -eq 0 ] || tail -3 "$log")"
done

# PE with lld: --gc-sections keeps every entry (lld collects COMDAT
# sections only).  GNU ld's drops them (README: "Windows").
case $pe/$cc in
true/clang*)
	read -r -a objs <<<"$(make -s --no-print-directory BUILD="$build" print-tables-test-objs)"
	exe=$build/test_tables-gc.exe
	# shellcheck disable=SC2086 # the compiler command and flags split on purpose
	if $cc_cmd $opt "${ldflags[@]}" -Wl,--gc-sections -o "$exe" "${objs[@]/#/$build/}" >"$build/gc.log" 2>&1; then
		run "$exe" >"$build/gc-run.log" 2>&1 </dev/null
		rc=$?
		f=$(grep -c '^not ok' "$build/gc-run.log")
		[ "$rc" -eq 0 ] && [ "$f" -eq 0 ]
		point $? "test_tables linked by lld with --gc-sections under $runner: exit $rc, $f failed" \
			"$(grep '^not ok' "$build/gc-run.log" | head -5)"
	else
		point 1 "test_tables links with --gc-sections" "$(head -5 "$build/gc.log")"
	fi
	;;
esac

# PE: C++ entries (tests/cxx) in a table that C fills too, C++11 and C++20
# (g++ or clang++).  Linked by the C driver: the test needs no C++ library.
case $cc in
gcc) cxx=$triple-g++ ;;
*) cxx="clang++${cc#clang} --target=$triple" ;;
esac
if $pe; then
	# shellcheck disable=SC2086 # the compiler command and flags split on purpose
	$cc_cmd -std=gnu11 -Wall -Wextra -Werror $opt -Iinclude -c tests/cxx/shapes_c.c -o "$build/shapes_c.o" \
		>"$build/cxx.log" 2>&1
	for std in c++11 c++20; do
		exe=$build/shapes-$std.exe
		# shellcheck disable=SC2086
		if $cxx -std=$std -Wall -Wextra -Werror $opt -Iinclude -c tests/cxx/shapes_cxx.cc \
			-o "$build/shapes-$std.o" >>"$build/cxx.log" 2>&1 &&
			$cc_cmd $opt "${ldflags[@]}" -o "$exe" "$build/shapes-$std.o" "$build/shapes_c.o" \
				>>"$build/cxx.log" 2>&1; then
			run "$exe" >"$build/shapes-$std.log" 2>&1 </dev/null
			rc=$?
			sed -i 's/\r$//' "$build/shapes-$std.log"
			f=$(grep -cE '^not ok [0-9]+' "$build/shapes-$std.log")
			[ "$rc" -eq 0 ] && [ "$f" -eq 0 ] && grep -qE '^1\.\.[0-9]+$' "$build/shapes-$std.log"
			point $? "tests/cxx/shapes_cxx.cc ($std) with shapes_c.c under $runner: exit $rc, $f failed" \
				"$(grep -E '^not ok|^#' "$build/shapes-$std.log")"
		else
			point 1 "tests/cxx/shapes_cxx.cc ($std) with shapes_c.c builds" "$(grep -m5 error "$build/cxx.log")"
		fi
	done
fi

# PE: the table API's compile-time checks (tests/compile-fail/core_*), and
# every public header: it compiles for PE, or stops with linktable's #error
# (at -O2 only: neither depends on the optimisation).
if $pe && [ "$opt" = -O2 ]; then
	cf=$(COMPILE_FAIL_CC=$cc_cmd COMPILE_FAIL_CXX=$cxx COMPILE_FAIL_ONLY='core_*' tests/compile-fail/run.sh 2>&1)
	! echo "$cf" | grep -q '^not ok' && echo "$cf" | grep -q '^1\.\.[1-9]'
	point $? "the table API's compile-fail cases are rejected as on ELF: $(echo "$cf" | grep -c '^ok') of them" \
		"$(echo "$cf" | grep -A3 '^not ok')"
	bad=""
	for h in $(public_headers); do
		printf '#include <%s>\n' "$h" >"$build/header.c"
		if ! out=$($cc_cmd -std=gnu11 -Wall -Wextra -Werror -Iinclude -c "$build/header.c" -o "$build/header.o" 2>&1); then
			case $h in
			linktable/init.h | linktable/free.h | linktable/ranges.h | linktable/boot.h | linktable/boot_core.h | linktable/plan.h | linktable/step.h)
				echo "$out" | grep -q '#error "linktable: .*on PE/COFF only tables are supported"' || bad="$bad $h" ;;
			linktable/internal/pe.h)
				echo "$out" | grep -q 'is internal: include <linktable/linktable.h>' || bad="$bad $h" ;;
			linktable/compat/*)
				echo "$out" | grep -q '#error "linktable/compat.*need.* ELF' || bad="$bad $h" ;;
			*) bad="$bad $h" ;;
			esac
		fi
	done
	[ -z "$bad" ]
	point $? "every public header compiles for PE, but step.h (and plan.h, boot_core.h, boot.h, init.h, which include it), free.h, ranges.h, internal/pe.h and compat/*.h, which say why not${bad:+ (not:$bad)}"
fi
tap_done
