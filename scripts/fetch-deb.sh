# SPDX-License-Identifier: MIT
#
# fetch_deb WHO PACKAGE CACHE: `apt-get download` PACKAGE (never installed)
# into CACHE unless a .deb of it is already there, and unpack it into
# CACHE/root.  On failure says why on stderr, prefixed with WHO, and
# returns 1.  Sourced by the scripts that borrow files from Debian packages
# (tests/kernel/fetch-xen.sh, tests/tool/fetch-debian-kernel.sh).
fetch_deb() {
	local who=$1 pkg=$2 cache=$3 deb
	mkdir -p "$cache"
	if ! ls "$cache"/"$pkg"_*.deb >/dev/null 2>&1; then
		if ! (cd "$cache" && apt-get download "$pkg" >download.log 2>&1); then
			echo "$who: apt-get download $pkg failed (see $cache/download.log)" >&2
			return 1
		fi
	fi
	deb=$(ls "$cache"/"$pkg"_*.deb | head -1)
	rm -rf "$cache/root"
	dpkg-deb -x "$deb" "$cache/root"
}
