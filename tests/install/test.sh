#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# make install into a temporary prefix, then build an out-of-tree consumer
# (tests/install/consumer, copied outside the repository) with nothing but
# `pkg-config --cflags --libs linktable`, and run it.  Also: DESTDIR
# staging, make uninstall, and install.sh's refusals.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

make=${MAKE:-make}
prefix=$scratch/prefix
installer=tests/install/install.sh
tap_quiet "$make" --no-print-directory install PREFIX="$prefix"
tap_point $? "make install PREFIX=<temp>"

missing=""
for f in include/linktable/linktable.h include/linktable/ranges.h include/linktable/internal/toolchain.h \
	lib/liblinktable.a lib/liblinktable-core.a lib/liblinktable.so lib/pkgconfig/linktable.pc; do
	[ -e "$prefix/$f" ] || missing="$missing $f"
done
for h in $(public_headers); do
	cmp -s "include/$h" "$prefix/include/$h" || missing="$missing include/$h"
done
[ ! -f build/bin/linktable ] || [ -x "$prefix/bin/linktable" ] || missing="$missing bin/linktable"
for m in docs/man/*.1; do
	[ ! -f "$m" ] || [ -f "$prefix/share/man/man1/${m##*/}" ] || missing="$missing ${m##*/}"
done
tap_point ${#missing} "every header, both libraries, the pkg-config file, tool and man pages installed${missing:+ (missing:$missing)}"

soname=$(readelf -d "$prefix/lib/liblinktable.so" 2>/dev/null | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ -n "$soname" ] && [ "$(readlink "$prefix/lib/liblinktable.so")" = "$soname" ] && [ -f "$prefix/lib/$soname" ]
tap_point $? "liblinktable.so -> $soname -> the library"

export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
flags=$(pkg-config --cflags --libs linktable 2>&1)
tap_point $? "pkg-config --cflags --libs linktable: $flags"
[ "$(pkg-config --variable=prefix linktable)" = "$prefix" ] &&
	pkg-config --static --libs linktable | grep -q -- -lpthread
tap_point $? "the .pc file names the prefix and -lpthread for static links"

cp -r tests/install/consumer "$scratch/consumer"
cd "$scratch/consumer" || exit 1
# shellcheck disable=SC2086 # word splitting intended
tap_quiet $CC -std=c11 -Wall -Wextra -Werror -O2 $SANFLAGS -o consumer main.c world.c $flags
tap_point $? "an out-of-tree consumer builds with the pkg-config flags alone"
out=$(LD_LIBRARY_PATH=$prefix/lib ./consumer 2>&1)
[ "$out" = "hello world 2 xen" ]
tap_point $? "it runs against the installed library: '$out'"
cd - >/dev/null || exit 1

tool=$(pkg-config --variable=linktable linktable)
[ "$tool" = "$prefix/bin/linktable" ] && { [ ! -f build/bin/linktable ] || [ -x "$tool" ]; }
tap_point $? "the .pc file names the linktable command: $tool"

# The newcomer's init step (tests/install/newcomer/nic.c, written from the
# README and <linktable/step.h> alone): built as the README says, booted on
# pc (detected) and xen (not), checked by the installed command.
mkdir -p "$scratch/newcomer" && cp tests/install/newcomer/nic.c "$scratch/newcomer/"
cd "$scratch/newcomer" || exit 1
# shellcheck disable=SC2086 # word splitting intended
tap_quiet $CC -std=c11 -Wall -Wextra -Wpedantic -Werror -O2 $SANFLAGS nic.c $flags -o nic
tap_point $? "the newcomer's step builds with <linktable/step.h> and the pkg-config flags alone"
out=$(LINKTABLE_SUBARCH=pc LD_LIBRARY_PATH=$prefix/lib ./nic 2>&1)
rc=$?
[ $rc = 0 ] && grep -q '^nic: memory ready$' <<<"$out" && grep -q '^nic ready$' <<<"$out" &&
	grep -q 'calling  memory.early_init' <<<"$out"
tap_point $? "on pc it boots: memory first, then the detected NIC (exit $rc)"
[ $rc = 0 ] || tap_diag "$out"
out=$(LINKTABLE_SUBARCH=xen LD_LIBRARY_PATH=$prefix/lib ./nic 2>&1)
rc=$?
[ $rc = 0 ] && grep -q 'skipping nic: not detected' <<<"$out" && grep -q '^nic absent$' <<<"$out"
tap_point $? "on xen it boots and skips the NIC, not detected there (exit $rc)"
if [ -x "$tool" ]; then
	out=$("$tool" check --werror ./nic 2>&1)
	tap_point $? "the installed linktable check --werror passes it: $out"
else
	tap_missing "no linktable command built"
fi
cd - >/dev/null || exit 1

# Out-of-tree consumers: sources copied outside the repository, built in a
# separate directory.
consumer_src() { # DIR: the consumer sources and the build files of $1
	mkdir -p "$scratch/$1" && cp -r tests/install/consumer "tests/install/$1"/* "$scratch/$1/"
}
run_out() { # program: its output, run without LD_LIBRARY_PATH
	env -u LD_LIBRARY_PATH "$1" 2>&1
}
if command -v cmake >/dev/null; then
	[ -f "$prefix/lib/cmake/linktable/linktableConfig.cmake" ] &&
		[ -f "$prefix/lib/cmake/linktable/linktableConfigVersion.cmake" ]
	tap_point $? "the CMake package is installed in lib/cmake/linktable"
	consumer_src cmake
	cmk=$scratch/cmake-build
	tap_quiet env CFLAGS="$SANFLAGS" LDFLAGS="$SANFLAGS" cmake -S "$scratch/cmake" -B "$cmk" \
		-DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_C_COMPILER="$CC" &&
		tap_quiet cmake --build "$cmk" -j2
	tap_point $? "find_package(linktable 0.1 CONFIG): a CMake consumer builds with linktable::linktable, ::static and ::core"
	for t in shared static core; do
		want="hello world 2 xen"
		[ $t = core ] && want="hello world 2"
		out=$(run_out "$cmk/consumer_$t")
		[ "$out" = "$want" ]
		tap_point $? "CMake consumer_$t runs: '$out'"
	done
	readelf -d "$cmk/consumer_shared" | grep -qE "NEEDED.*liblinktable\.so\.0" &&
		! readelf -d "$cmk/consumer_static" | grep -q 'NEEDED.*liblinktable'
	tap_point $? "consumer_shared needs liblinktable.so.0, consumer_static does not"
	tap_quiet ctest --test-dir "$cmk" --output-on-failure
	tap_point $? "ctest: the consumers and 'linktable::tool check' on consumer_static pass"
	sed -i 's/find_package(linktable 0.1 CONFIG REQUIRED)/find_package(linktable 9.0 CONFIG REQUIRED)/' \
		"$scratch/cmake/CMakeLists.txt"
	out=$(cmake -S "$scratch/cmake" -B "$scratch/cmake-too-new" -DCMAKE_PREFIX_PATH="$prefix" 2>&1)
	[ $? -ne 0 ] && echo "$out" | grep -q 'version: 0.1.0'
	tap_point $? "find_package(linktable 9.0) is refused: this is 0.1.0"
else
	tap_missing "cmake not installed: no CMake consumer"
fi
if command -v meson >/dev/null && command -v ninja >/dev/null; then
	consumer_src meson
	msn=$scratch/meson-build
	tap_quiet env CC="$CC" CFLAGS="$SANFLAGS" LDFLAGS="$SANFLAGS" meson setup "$msn" "$scratch/meson" &&
		tap_quiet ninja -C "$msn"
	tap_point $? "a Meson consumer builds with dependency('linktable') through pkg-config"
	out=$(LD_LIBRARY_PATH=$prefix/lib "$msn/consumer" 2>&1)
	[ "$out" = "hello world 2 xen" ]
	tap_point $? "the Meson consumer runs: '$out'"
	tap_quiet env LD_LIBRARY_PATH="$prefix/lib" meson test -C "$msn" --print-errorlogs
	tap_point $? "meson test: the consumer, and the .pc file's linktable command checking it"
else
	tap_missing "meson or ninja not installed: no Meson consumer"
fi

stage=$scratch/stage
tap_quiet "$make" --no-print-directory install PREFIX=/opt/lt DESTDIR="$stage" &&
	[ -f "$stage/opt/lt/include/linktable/linktable.h" ] &&
	grep -qx 'prefix=/opt/lt' "$stage/opt/lt/lib/pkgconfig/linktable.pc"
tap_point $? "DESTDIR stages the files; the .pc file keeps the real prefix"

# LIBDIR: the libraries, the .pc file and the CMake package where asked,
# and a consumer still finds them through pkg-config.
p64=$scratch/p64
tap_quiet "$make" --no-print-directory install PREFIX="$p64" LIBDIR="$p64/lib64" &&
	[ -f "$p64/lib64/liblinktable.a" ] && [ -L "$p64/lib64/liblinktable.so" ] && [ ! -e "$p64/lib" ] &&
	grep -qx "libdir=$p64/lib64" "$p64/lib64/pkgconfig/linktable.pc" &&
	[ -f "$p64/lib64/cmake/linktable/linktableConfig.cmake" ] &&
	PKG_CONFIG_PATH=$p64/lib64/pkgconfig pkg-config --libs linktable | grep -q -- "-L$p64/lib64"
tap_point $? "make install LIBDIR=PREFIX/lib64: libraries, linktable.pc and the CMake package there"
if command -v cmake >/dev/null; then
	mkdir -p "$scratch/cm64" && printf '%s\n' 'cmake_minimum_required(VERSION 3.12)' 'project(p C)' \
		'find_package(linktable CONFIG REQUIRED)' 'get_target_property(l linktable::static IMPORTED_LOCATION)' \
		'message(STATUS "LIB=${l}")' >"$scratch/cm64/CMakeLists.txt"
	out=$(cmake -S "$scratch/cm64" -B "$scratch/cm64/b" -Dlinktable_DIR="$p64/lib64/cmake/linktable" 2>&1)
	echo "$out" | grep -q "LIB=$p64/lib64/liblinktable.a"
	tap_point $? "find_package(linktable) finds the libraries in LIBDIR"
else
	tap_missing "cmake not installed"
fi
tap_quiet "$make" --no-print-directory uninstall PREFIX="$p64" LIBDIR="$p64/lib64"
left=$(find "$p64" -type f -o -type l | sed "s|^$p64/||" | tr '\n' ' ')
[ -z "$left" ]
tap_point $? "make uninstall LIBDIR=... removes every installed file${left:+ (left: $left)}"

tap_quiet "$make" --no-print-directory uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f -o -type l | sed "s|^$prefix/||" | tr '\n' ' ')
[ -z "$left" ]
tap_point $? "make uninstall removes every installed file${left:+ (left: $left)}"

out=$($installer 2>&1)
[ $? -eq 2 ] && echo "$out" | grep -q '^usage: install.sh'
tap_point $? "install.sh without arguments: usage, exit 2"
out=$($installer relative/dir 1.0 2>&1)
[ $? -eq 1 ] && echo "$out" | grep -q "PREFIX must be an absolute path"
tap_point $? "a relative PREFIX is refused"
out=$(LINKTABLE_BUILD=$scratch/no-build $installer "$scratch/p2" 1.0 2>&1)
[ $? -eq 1 ] && echo "$out" | grep -q "not found: run make first" && [ ! -e "$scratch/p2" ]
tap_point $? "nothing built: a clear error and nothing installed"
tap_done
