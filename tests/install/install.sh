#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# install.sh PREFIX VERSION [DESTDIR]               (make install)
# install.sh --uninstall PREFIX VERSION [DESTDIR]   (make uninstall)
#
# Installs, under DESTDIR/PREFIX: include/linktable/** (every header,
# internal/ too), lib/liblinktable.a, lib/liblinktable-core.a (the freestanding
# core), lib/liblinktable.so.VERSION with its
# soname link and the liblinktable.so link, bin/linktable and
# share/man/man1/*.1 when they have been built, lib/pkgconfig/linktable.pc
# generated from src/posix/linktable.pc.in (its prefix is PREFIX: DESTDIR is
# only a staging root), and the CMake package lib/cmake/linktable/ from
# cmake/*.cmake.in.  Run from the repository root after make.
# LINKTABLE_BUILD names the build directory (default: build).
set -euo pipefail

die() {
	echo "install.sh: $*" >&2
	exit 1
}

mode=install
if [ "${1:-}" = --uninstall ]; then
	mode=uninstall
	shift
fi
if [ $# -lt 2 ] || [ $# -gt 3 ] || [ -z "$1" ] || [ -z "$2" ]; then
	echo "usage: install.sh [--uninstall] PREFIX VERSION [DESTDIR]" >&2
	exit 2
fi
prefix=$1 version=$2 destdir=${3:-}
case $prefix in
/*) ;;
*) die "PREFIX must be an absolute path (got '$prefix')" ;;
esac
build=${LINKTABLE_BUILD:-build}
root=$destdir$prefix
lib=$build/lib/liblinktable

# The files installed, as "source destination" pairs (relative to $root).
manifest() {
	local h m
	for h in $(cd include && find linktable -name '*.h' | sort); do
		echo "include/$h include/$h"
	done
	echo "$lib.a lib/liblinktable.a"
	echo "$lib-core.a lib/liblinktable-core.a"
	echo "$lib.so lib/liblinktable.so.$version"
	[ ! -f "$build/bin/linktable" ] || echo "$build/bin/linktable bin/linktable"
	for m in docs/man/*.1; do
		[ ! -f "$m" ] || echo "$m share/man/man1/${m##*/}"
	done
}

soname() {
	readelf -d "$1" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p'
}

if [ "$mode" = uninstall ]; then
	manifest | while read -r _ dst; do
		rm -f "$root/$dst"
	done
	rm -f "$root/lib/liblinktable.so" "$root/lib/pkgconfig/linktable.pc"
	for c in cmake/*.cmake.in; do
		rm -f "$root/lib/cmake/linktable/$(basename "$c" .in)"
	done
	rmdir "$root/lib/cmake/linktable" "$root/lib/cmake" 2>/dev/null || true
	[ ! -f "$lib.so" ] || rm -f "$root/lib/$(soname "$lib.so")"
	# Only directories left empty.
	find "$root/include/linktable" -depth -type d -empty -delete 2>/dev/null || true
	echo "uninstalled linktable from $root"
	exit 0
fi

[ -f "$lib.a" ] && [ -f "$lib.so" ] || die "$lib.a or $lib.so not found: run make first"
[ -f src/posix/linktable.pc.in ] || die "src/posix/linktable.pc.in not found: run from the repository root"
sn=$(soname "$lib.so")
[ -n "$sn" ] || die "$lib.so has no soname"

manifest | while read -r src dst; do
	case $dst in
	bin/*) perm=755 ;;
	lib/*.so.*) perm=755 ;;
	*) perm=644 ;;
	esac
	install -D -m "$perm" "$src" "$root/$dst"
done
# liblinktable.so -> soname -> real file, as ldconfig would arrange.
[ "$sn" = "liblinktable.so.$version" ] || ln -sfn "liblinktable.so.$version" "$root/lib/$sn"
ln -sfn "$sn" "$root/lib/liblinktable.so"
mkdir -p "$root/lib/pkgconfig"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@VERSION@|$version|g" src/posix/linktable.pc.in \
	>"$root/lib/pkgconfig/linktable.pc"
# The CMake package: relocatable, so it names no prefix.
case $(readelf -h "$lib.so" | sed -n 's/^ *Class: *//p') in
ELF64) ptr=8 ;;
ELF32) ptr=4 ;;
*) die "$lib.so: not an ELF32 or ELF64 file" ;;
esac
mkdir -p "$root/lib/cmake/linktable"
for c in cmake/*.cmake.in; do
	sed -e "s|@VERSION@|$version|g" -e "s|@SONAME@|$sn|g" -e "s|@SIZEOF_VOID_P@|$ptr|g" "$c" \
		>"$root/lib/cmake/linktable/$(basename "$c" .in)"
done
echo "installed linktable $version in $root"
