#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The free tests on every linker: builds tests/free/test_free (and
# test_free_program, whose program-defined subarch has ranges of its own)
# with gcc and clang, with GNU ld (bfd), gold, lld and mold, as PIE, non-PIE, PIE with
# --gc-sections and PIE with LTO, and a shared object with ranges of its own
# on each linker; runs each build, and checks in its section
# headers that every freeable range is immediately followed by its
# end-marker section.  The object that defines the ranges is linked first
# for non-PIE, last otherwise.  TAP on stdout.
set -u
cd "$(dirname "$0")/../.."
out=build/tests/free/linkers
mkdir -p "$out"
n=0
point() { # point OK|FAIL description  (a description "# SKIP why" skips)
	n=$((n + 1))
	case $1-$2 in
	OK-"# SKIP"*) echo "ok $n $2" ;;
	OK-*) echo "ok $n - $2" ;;
	*) echo "not ok $n - $2" ;;
	esac
}
# run_tap BIN MIN WHAT: one point, passed when BIN exits 0 with no failing
# point and at least MIN passing ones.
run_tap() {
	local rc fails passes
	"$1" >"$1.log" 2>&1
	rc=$?
	fails=$(grep -c '^not ok' "$1.log")
	passes=$(grep -c '^ok' "$1.log")
	if [ $rc -eq 0 ] && [ "$fails" -eq 0 ] && [ "$passes" -ge "$2" ]; then
		point OK "$3 ($passes points)"
	else
		point FAIL "$3 (exit $rc, $fails failed, $passes passed)"
		grep '^not ok' "$1.log" | head -5 | sed 's/^/# /'
	fi
}
flags="-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude -D_GNU_SOURCE"

# Section layout: each linktable_range_X must be followed, in address order,
# by linktable_range_X.end.  Prints the offenders.
layout_errors() {
	readelf -SW "$1" | sed -n 's/^ *\[ *[0-9]*\] //p' | awk '$2 != "NULL" { print $3, $1 }' |
		sort | awk '
			prev ~ /^linktable_range_[A-Za-z0-9_]+$/ && $2 != prev ".end" { print prev " is followed by " $2 }
			{ prev = $2 }
			END { if (prev ~ /^linktable_range_[A-Za-z0-9_]+$/) print prev " is last" }'
}

for cc in gcc clang; do
	if ! command -v $cc >/dev/null; then
		point OK "# SKIP $cc not installed"
		continue
	fi
	for pic in pie no-pie lto; do
		objdir=$out/$cc-$pic
		mkdir -p "$objdir"
		case $pic in
		pie) cflags="$flags -fPIE" lflags=-pie ;;
		no-pie) cflags="$flags -fno-pie" lflags=-no-pie ;;
		lto) cflags="$flags -fPIE -flto" lflags="-pie -flto" ;;
		esac
		objs=""
		ok=1
		# the object defining the ranges last (PIE) or first (non-PIE): its
		# range heads then end or start the ranges
		lib="src/core/free_release.c src/core/free_format.c src/core/subarch_names.c src/core/text.c"
		lib="$lib src/posix/free_posix.c src/posix/free_debug.c src/posix/env_posix.c"
		srcs="tests/free/test_free.c tests/free/annotated.c $lib"
		if [ $pic = no-pie ]; then srcs="tests/free/ranges.c $srcs"; else srcs="$srcs tests/free/ranges.c"; fi
		# test_free_program.c defines its ranges: first for non-PIE, else last
		psrcs="tests/free/board.c $lib"
		if [ $pic = no-pie ]; then psrcs="tests/free/test_free_program.c $psrcs"; else psrcs="$psrcs tests/free/test_free_program.c"; fi
		pobjs=""
		for src in $srcs tests/free/board.c tests/free/test_free_program.c; do
			o=$objdir/$(basename "$src" .c).o
			if ! $cc $cflags -c "$src" -o "$o" 2>"$o.err"; then
				ok=0
				sed 's/^/# /' "$o.err"
			fi
		done
		for src in $srcs; do objs="$objs $objdir/$(basename "$src" .c).o"; done
		for src in $psrcs; do pobjs="$pobjs $objdir/$(basename "$src" .c).o"; done
		[ $ok = 1 ] || { point FAIL "$cc -f$pic: compiling the free test"; continue; }
		for ld in bfd gold lld mold; do
			for gc in "" --gc-sections; do
				[ $pic != pie ] && [ -n "$gc" ] && continue
				what="$cc, $ld, $lflags${gc:+, $gc}"
				# LTO needs the compiler's plugin in the linker: none for
				# gcc in lld, none installed for clang in GNU ld and gold
				case $pic-$cc-$ld in
				lto-gcc-lld | lto-clang-bfd | lto-clang-gold)
					point OK "# SKIP no $cc LTO plugin for $ld"
					continue
					;;
				esac
				bin=$objdir/test_free-$ld${gc:+-gc}
				pbin=$objdir/test_free_program-$ld${gc:+-gc}
				if ! $cc -fuse-ld=$ld $lflags ${gc:+-Wl,$gc} -o "$bin" $objs 2>"$bin.err" ||
					! $cc -fuse-ld=$ld $lflags ${gc:+-Wl,$gc} -o "$pbin" $pobjs 2>>"$bin.err"; then
					if grep -qiE "cannot find|not found|invalid linker|unrecognized" "$bin.err"; then
						point OK "# SKIP $ld is not usable with $cc"
					else
						point FAIL "$what: link"
						sed 's/^/# /' "$bin.err"
					fi
					continue
				fi
				bad=$(layout_errors "$bin"; layout_errors "$pbin")
				if [ -z "$bad" ]; then
					point OK "$what: every range is followed by its end marker (and board7's)"
				else
					point FAIL "$what: every range is followed by its end marker"
					echo "$bad" | sed 's/^/# /'
				fi
				run_tap "$bin" 51 "$what: the free tests pass"
				run_tap "$pbin" 12 "$what: board7's ranges are released like the built-in ones"
			done
		done
	done
done
# A shared object with ranges of its own (the library built into it).
if command -v gcc >/dev/null; then
	objdir=$out/shared
	mkdir -p "$objdir"
	for ld in bfd gold lld mold; do
		lib=$objdir/libplugin-$ld.so
		host=$objdir/host-$ld
		if ! gcc $flags -fPIC -shared -fuse-ld=$ld -o "$lib" tests/free/plugin.c src/core/free_release.c src/core/subarch_names.c src/core/text.c src/posix/env_posix.c \
			src/core/free_format.c src/posix/free_posix.c src/posix/free_debug.c 2>"$lib.err" ||
			! gcc $flags -fuse-ld=$ld -o "$host" tests/free/plugin_host.c "$lib" -Wl,-rpath,"$PWD/$objdir" 2>"$host.err"; then
			point FAIL "gcc, $ld, -shared: build"
			cat "$lib.err" "$host.err" 2>/dev/null | sed 's/^/# /'
			continue
		fi
		bad=$(layout_errors "$lib")
		[ -z "$bad" ] && point OK "gcc, $ld, -shared: every range is followed by its end marker" ||
			{ point FAIL "gcc, $ld, -shared: every range is followed by its end marker"; echo "$bad" | sed 's/^/# /'; }
		if "$host" 2>"$host.log"; then
			point OK "gcc, $ld, -shared: the plugin releases its own init memory, page-exact"
		else
			point FAIL "gcc, $ld, -shared: the plugin releases its own init memory, page-exact"
			sed 's/^/# /' "$host.log"
		fi
	done
fi
echo "1..$n"
