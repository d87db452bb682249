# SPDX-License-Identifier: MIT
# shellcheck shell=bash
# tests/cross/targets.sh - the cross-compiled architectures (sourced): one
# line each, "arch triple qemu-name", for Debian's gcc-<triple> packages,
# their sysroots in /usr/<triple> and qemu-<qemu-name>-static.
cross_targets() {
	cat <<'LIST'
aarch64 aarch64-linux-gnu aarch64
armhf arm-linux-gnueabihf arm
i686 i686-linux-gnu i386
riscv64 riscv64-linux-gnu riscv64
s390x s390x-linux-gnu s390x
LIST
}

# The triple and qemu name of an arch: cross_target ARCH -> "triple qemu".
cross_target() {
	cross_targets | awk -v a="$1" '$1 == a { print $2, $3; found = 1 } END { exit !found }'
}
