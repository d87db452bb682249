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
# LINKTABLE_BUILD names the build directory (default: build);
# LINKTABLE_LIBDIR the absolute library directory (default: PREFIX/lib),
# which holds the libraries, pkgconfig/ and cmake/ (make install LIBDIR=...).
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
libdir=${LINKTABLE_LIBDIR:-$prefix/lib}
case $libdir in
/*) ;;
*) die "LIBDIR must be an absolute path (got '$libdir')" ;;
esac
libroot=$destdir$libdir
# The installed paths are given relative to $root; the library directory
# as its path relative to it, or absolute (rooted at DESTDIR) outside it.
case $libdir/ in
"$prefix"/*) L=${libdir#"$prefix"/} ;;
*) L=/ ;;
esac
libdst() { if [ "$L" = / ]; then echo "@ABS@$1"; else echo "$L/$1"; fi; }
dest() { case $1 in @ABS@*) echo "$libroot/${1#@ABS@}" ;; *) echo "$root/$1" ;; esac; }
lib=$build/lib/liblinktable

# The files installed, as "source destination" pairs (relative to $root).
manifest() {
	local h m
	for h in $(cd include && find linktable -name '*.h' | sort); do
		echo "include/$h include/$h"
	done
	echo "$lib.a $(libdst liblinktable.a)"
	echo "$lib-core.a $(libdst liblinktable-core.a)"
	echo "$lib.so $(libdst "liblinktable.so.$version")"
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
		rm -f "$(dest "$dst")"
	done
	rm -f "$libroot/liblinktable.so" "$libroot/pkgconfig/linktable.pc"
	for c in cmake/*.cmake.in; do
		rm -f "$libroot/cmake/linktable/$(basename "$c" .in)"
	done
	rmdir "$libroot/cmake/linktable" "$libroot/cmake" 2>/dev/null || true
	[ ! -f "$lib.so" ] || rm -f "$libroot/$(soname "$lib.so")"
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
	*.so.*) perm=755 ;;
	*) perm=644 ;;
	esac
	install -D -m "$perm" "$src" "$(dest "$dst")"
done
# liblinktable.so -> soname -> real file, as ldconfig would arrange.
[ "$sn" = "liblinktable.so.$version" ] || ln -sfn "liblinktable.so.$version" "$libroot/$sn"
ln -sfn "$sn" "$libroot/liblinktable.so"
mkdir -p "$libroot/pkgconfig"
sed -e "s|@PREFIX@|$prefix|g" -e "s|@LIBDIR@|$libdir|g" -e "s|@VERSION@|$version|g" src/posix/linktable.pc.in \
	>"$libroot/pkgconfig/linktable.pc"
# The CMake package: relocatable, so it names no prefix.
case $(readelf -h "$lib.so" | sed -n 's/^ *Class: *//p') in
ELF64) ptr=8 ;;
ELF32) ptr=4 ;;
*) die "$lib.so: not an ELF32 or ELF64 file" ;;
esac
mkdir -p "$libroot/cmake/linktable"
# The prefix as seen from the package's directory (LIBDIR/cmake/linktable).
up=$(realpath -m --relative-to="$libdir/cmake/linktable" "$prefix")
for c in cmake/*.cmake.in; do
	sed -e "s|@VERSION@|$version|g" -e "s|@SONAME@|$sn|g" -e "s|@SIZEOF_VOID_P@|$ptr|g" \
		-e "s|@PREFIX_FROM_PACKAGE@|$up|g" "$c" >"$libroot/cmake/linktable/$(basename "$c" .in)"
done
echo "installed linktable $version in $root"
