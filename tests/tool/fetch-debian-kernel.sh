#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Fetches and unpacks a real Debian kernel (linux-image-6.1.*-amd64) once,
# into build/debian-kernel/, and prints the path of its bzImage.  The package
# is ~100 MB, so it is downloaded only when the cache is empty.
# Exit 0 and a path on success; exit 1 and a reason on stderr otherwise.
set -eu
cache=${DEBIAN_KERNEL_CACHE:-build/debian-kernel}
mkdir -p "$cache"
find_image() { ls "$cache"/root/boot/vmlinuz-* 2>/dev/null | head -1; }
img=$(find_image)
if [ -n "$img" ]; then
	echo "$img"
	exit 0
fi
# linux-image-amd64 is a metapackage: its dependency names the real package.
pkg=$(apt-cache depends linux-image-amd64 2>/dev/null |
	sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*-amd64\)$/\1/p' | head -1)
if [ -z "$pkg" ]; then
	echo "fetch-debian-kernel: apt-cache cannot resolve linux-image-amd64" >&2
	exit 1
fi
. "$(dirname "$0")/../../scripts/fetch-deb.sh"
fetch_deb fetch-debian-kernel "$pkg" "$cache" || exit 1
rm -f "$cache"/"$pkg"_*.deb # keep only the unpacked image's boot files around
find "$cache/root" -mindepth 1 -maxdepth 1 ! -name boot -exec rm -rf {} +
img=$(find_image)
if [ -z "$img" ]; then
	echo "fetch-debian-kernel: $pkg holds no /boot/vmlinuz-*" >&2
	exit 1
fi
echo "$img"
