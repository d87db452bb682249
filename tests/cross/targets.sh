# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# tests/cross/targets.sh - the cross-compiled architectures (sourced): one
# line each, "arch triple runner", for Debian's gcc-<triple> packages,
# their sysroots in /usr/<triple> and qemu-<runner>-static; runner "wine":
# a Windows (PE/COFF) target, run under wine (gcc-mingw-w64, wine64).
cross_targets() {
	cat <<'LIST'
aarch64 aarch64-linux-gnu aarch64
armhf arm-linux-gnueabihf arm
i686 i686-linux-gnu i386
riscv64 riscv64-linux-gnu riscv64
s390x s390x-linux-gnu s390x
win64 x86_64-w64-mingw32 wine
LIST
}

# The program that runs a target's images: cross_runner RUNNER.
cross_runner() {
	if [ "$1" = wine ]; then echo wine; else echo "qemu-$1-static"; fi
}

# The triple and qemu name of an arch: cross_target ARCH -> "triple qemu".
cross_target() {
	cross_targets | awk -v a="$1" '$1 == a { print $2, $3; found = 1 } END { exit !found }'
}
