#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The end of "make demo": the real boots of build/boot/linktable-kernel.*
# under QEMU TCG - the bzImage by QEMU -kernel (native path), the ELF by
# PVH, and the ELF as Xen PV dom0 under Debian's Xen 4.17 when it can be
# fetched (apt-get download).  Skipped with a notice without QEMU.
set -u
cd "$(dirname "$0")/../.." || exit 1
qemu=qemu-system-x86_64
if ! command -v "$qemu" >/dev/null; then
	echo "== real boots skipped: $qemu is not installed (Debian: qemu-system-x86)"
	exit 0
fi
bz=build/boot/linktable-kernel.bzImage elf=build/boot/linktable-kernel.elf
args=(-machine pc -m 256 -display none -serial stdio -no-reboot -device isa-debug-exit,iobase=0xf4,iosize=0x04)
status=0

boot() { # TITLE QEMU-ARGS...
	local title=$1 rc
	shift
	echo
	echo "== real boot: $title"
	timeout 120 "$qemu" "${args[@]}" "$@" </dev/null | grep -v '^(XEN)'
	rc=${PIPESTATUS[0]}
	echo "== QEMU exit status $rc ($([ "$rc" -eq 33 ] && echo "isa-debug-exit 0x10: boot complete" || echo unexpected))"
	[ "$rc" -eq 33 ] || status=1
}

boot "bzImage by QEMU -kernel (setup.S -> code32_start -> startup_64)" -kernel "$bz" -append "console=ttyS0"
boot "ELF by PVH (XEN_ELFNOTE_PHYS32_ENTRY)" -kernel "$elf"
if xen=$(tests/kernel/fetch-xen.sh); then
	boot "ELF as Xen PV dom0 under $(basename "$xen") (Xen's own lines hidden)" -kernel "$xen" \
		-append "console=com1 com1=115200,8n1 dom0_mem=64M dom0_max_vcpus=1 noreboot" -initrd "$elf"
	boot "ELF as Xen PVH dom0 (dom0=pvh, q35 with an IOMMU; Xen's own lines hidden)" -cpu max \
		-machine q35,kernel-irqchip=split -device intel-iommu,intremap=on -m 512 -kernel "$xen" \
		-append "console=com1 com1=115200,8n1 dom0=pvh dom0_mem=128M dom0_max_vcpus=1 noreboot" -initrd "$elf"
else
	echo "== Xen PV boot skipped: the hypervisor could not be fetched"
fi
exit "$status"
