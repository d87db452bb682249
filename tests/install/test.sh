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

stage=$scratch/stage
tap_quiet "$make" --no-print-directory install PREFIX=/opt/lt DESTDIR="$stage" &&
	[ -f "$stage/opt/lt/include/linktable/linktable.h" ] &&
	grep -qx 'prefix=/opt/lt' "$stage/opt/lt/lib/pkgconfig/linktable.pc"
tap_point $? "DESTDIR stages the files; the .pc file keeps the real prefix"

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
