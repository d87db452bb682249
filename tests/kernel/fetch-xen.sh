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
. "$(dirname "$0")/../../scripts/fetch-deb.sh"
fetch_deb fetch-xen "$pkg" "$cache" || exit 1
gz=$(ls "$cache"/root/boot/xen-4.17*-amd64.gz 2>/dev/null | head -1)
if [ -z "$gz" ]; then
	echo "fetch-xen: $pkg holds no /boot/xen-4.17*-amd64.gz" >&2
	exit 1
fi
zcat "$gz" >"$out.tmp"
mv "$out.tmp" "$out"
echo "$out"
