#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Fetches Debian's Xen hypervisor (xen-hypervisor-4.17-amd64) once with
# `apt-get download` - never installed - and prints the path of the
# gunzipped hypervisor, a 32-bit multiboot ELF QEMU's -kernel can start.
# Cache: build/xen/ (XEN_CACHE).  Exit 1 and a reason on stderr if it
# cannot be had.
set -eu
cache=${XEN_CACHE:-build/xen}
pkg=${XEN_PACKAGE:-xen-hypervisor-4.17-amd64}
out=$cache/xen-4.17
if [ -s "$out" ]; then
	echo "$out"
	exit 0
fi
mkdir -p "$cache"
if ! ls "$cache"/"$pkg"_*.deb >/dev/null 2>&1; then
	if ! (cd "$cache" && apt-get download "$pkg" >download.log 2>&1); then
		echo "fetch-xen: apt-get download $pkg failed (see $cache/download.log)" >&2
		exit 1
	fi
fi
deb=$(ls "$cache"/"$pkg"_*.deb | head -1)
rm -rf "$cache/root"
dpkg-deb -x "$deb" "$cache/root"
gz=$(ls "$cache"/root/boot/xen-4.17*-amd64.gz 2>/dev/null | head -1)
if [ -z "$gz" ]; then
	echo "fetch-xen: $pkg holds no /boot/xen-4.17*-amd64.gz" >&2
	exit 1
fi
zcat "$gz" >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
