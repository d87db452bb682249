#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# test-timeout: 10800
# (the runner's limit fits the larger configurations too: extended+net-fs
# takes over an hour here; under CI the tiny pair takes about 11 minutes,
# and each QEMU boot has its own 600 s limit)
#
# A real client: Linux's own initcalls on linktable (issue 21).
#
# Debian's linux-source-6.1 is unpacked once in a directory made here and
# removed afterwards (nothing is cached between runs); a hard-linked copy of
# it gets clients/linux/0001-initcalls-on-linktable.patch (patch writes new
# files, so the stock tree is untouched).  Each toolchain builds a stock and
# a patched kernel for x86-64, each in its own O= directory: gcc (gcc + GNU
# ld) and llvm (LLVM=1: clang + ld.lld), gcc by default; llvm-thinlto
# (LLVM=1 and CONFIG_LTO_CLANG_THIN) on request.  The patched kernel
# includes linktable's own headers (KCPPFLAGS=-I include): each initcall
# level is a relative table and the linker script has no initcall rules
# left.  The configuration is tinyconfig plus what boots to a shell-less
# initramfs and names the initcalls (tests/linux/config), plus, with
# LINKTABLE_LINUX_CONFIG, more: "machinery" (tests/linux/config-machinery:
# SMP, modules, kprobes, ftrace, ORC, a relocatable kernel...), "levels"
# (tests/linux/config-levels: every initcall kind x86 has, =m modules, IBT,
# no KALLSYMS), "extended" (tests/linux/config-extended: machinery's plus
# PCI, ACPI, virtio, input, crypto, EFI...), "extended+net-fs" (also
# networking and ext4), "debug-drivers" (tests/linux/config-debug-drivers:
# KASAN, UBSAN, KUnit, section-mismatch checks, SCSI, USB, HID, KVM...)
# or the path of a fragment file of your own.
#
# Every kernel boots under QEMU (TCG) with initcall_debug, into an initramfs
# whose /init (tests/linux/init.c) prints a line and restarts the machine.
# Checked: each boot reaches /init; the initcalls it calls are exactly the
# kernel's initcalls, in table order; the stock and the patched kernel call
# the same initcalls at the same levels in the same order; each object file
# of the patched build holds the entries of its stock twin, per table and
# level; "linktable list" and "check" read the patched vmlinux, and each
# table's count is the stock kernel's count of that level (from its
# __initcall*_start symbols); the patched build warns of nothing the stock
# one does not (but of the table sections the linker places).
#
# Slow (four kernel builds: docs/adopting.md has the times): it runs under
# CI=true, or locally with LINKTABLE_LINUX_TEST=1; otherwise it skips with a
# notice.  Under CI a missing source package or toolchain is a failure.
# LINKTABLE_LINUX_WORK=DIR builds in DIR and keeps it (a second run rebuilds
# incrementally), LINKTABLE_LINUX_JOBS sets make -j (2),
# LINKTABLE_LINUX_TOOLCHAINS the toolchains (gcc; any of gcc, llvm,
# llvm-thinlto), LINKTABLE_LINUX_CONFIG the configuration (tiny, machinery,
# levels, extended, extended+net-fs, debug-drivers, or a fragment file).
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

if [ "${CI:-}" != true ] && [ "${LINKTABLE_LINUX_TEST:-}" != 1 ]; then
	tap_n=1
	echo "ok 1 # SKIP the Linux kernel test builds two kernels (over 10 minutes on 2 cores): it runs under CI=true or with LINKTABLE_LINUX_TEST=1"
	tap_done
fi

tarball=${LINKTABLE_LINUX_SOURCE:-/usr/src/linux-source-6.1.tar.xz}
patchfile=$PWD/clients/linux/0001-initcalls-on-linktable.patch
lt=$PWD/build/bin/linktable
jobs=${LINKTABLE_LINUX_JOBS:-2}
# gcc: gcc + GNU ld; llvm: LLVM=1 (clang + lld); llvm-thinlto: LLVM=1 with
# CONFIG_LTO_CLANG_THIN (slower; not in CI's default)
toolchains=${LINKTABLE_LINUX_TOOLCHAINS:-gcc}
# The configuration: tinyconfig + tests/linux/config, + a fragment.
fragments="$PWD/tests/linux/config"
case ${LINKTABLE_LINUX_CONFIG:-tiny} in
tiny) ;;
extended) fragments="$fragments $PWD/tests/linux/config-extended" ;;
extended+net-fs) fragments="$fragments $PWD/tests/linux/config-extended $PWD/tests/linux/config-net-fs" ;;
machinery) fragments="$fragments $PWD/tests/linux/config-machinery" ;;
levels) fragments="$fragments $PWD/tests/linux/config-levels" ;;
debug-drivers) fragments="$fragments $PWD/tests/linux/config-debug-drivers" ;;
*)
	if [ ! -f "$LINKTABLE_LINUX_CONFIG" ]; then
		tap_point 1 "LINKTABLE_LINUX_CONFIG: tiny, machinery, levels, extended, extended+net-fs, debug-drivers or a configuration fragment file (not $LINKTABLE_LINUX_CONFIG)"
		tap_done
	fi
	fragments="$fragments $(cd "$(dirname "$LINKTABLE_LINUX_CONFIG")" && pwd)/$(basename "$LINKTABLE_LINUX_CONFIG")"
	;;
esac

missing=""
[ -f "$tarball" ] || missing="$missing $tarball (Debian package linux-source-6.1)"
need="gcc ld.bfd make flex bison bc perl python3 readelf qemu-system-x86_64 xz"
case " $toolchains " in *" llvm"*) need="$need clang ld.lld llvm-ar llvm-nm llvm-objcopy llvm-strip" ;; esac
for t in $need; do
	command -v "$t" >/dev/null || missing="$missing $t"
done
[ -x "$lt" ] || missing="$missing $lt (make)"
if [ -n "$missing" ]; then
	tap_missing "the Linux kernel test needs:$missing"
	tap_done
fi

if [ -n "${LINKTABLE_LINUX_WORK:-}" ]; then
	work=$LINKTABLE_LINUX_WORK
	mkdir -p "$work"
else
	# outside build/: the Makefile reads every *.d below build/, and the
	# kernel tree has its own (tools/.../test.d is even a directory)
	work=$(mktemp -d "${TMPDIR:-/tmp}/linktable-linux.XXXXXX") || exit 1
	# shellcheck disable=SC2154 # scratch: tap.sh's scratch directory
	trap 'rm -rf "$scratch" "$work"' EXIT
fi
work=$(cd "$work" && pwd)

# ---- the sources: stock, and a copy with the patch ------------------------
t0=$(date +%s)
top=$(tar -tJf "$tarball" | sed -n '1{s|/.*||;p;q}')
stock_src=$work/$top
lt_src=$work/$top-linktable
if [ ! -f "$stock_src/Makefile" ]; then
	tar -xJf "$tarball" -C "$work" && [ -f "$stock_src/Makefile" ]
	tap_point $? "the kernel source unpacks ($tarball)"
else
	tap_point 0 "the kernel source is there already ($stock_src)"
fi
if [ ! -f "$lt_src/.linktable-patched" ]; then
	# hard links: the copy takes seconds and no space; patch replaces
	# each file it changes by a new one, so the stock tree keeps its own
	rm -rf "$lt_src"
	cp -al "$stock_src" "$lt_src" &&
		(cd "$lt_src" && patch -p1 --forward --quiet <"$patchfile") &&
		touch "$lt_src/.linktable-patched" &&
		! grep -q linktable "$stock_src/include/linux/init.h"
	tap_point $? "clients/linux/0001-initcalls-on-linktable.patch applies (to a hard-linked copy; the stock tree unchanged)"
else
	tap_point 0 "the patched copy is there already"
fi
tap_diag "sources ready in $(($(date +%s) - t0)) s"

# No user of the old initcall sections is left in the patched tree, in any
# architecture: their names, the linker script's bounds and macros, the
# entry type and its accessor.  (An entry still written to an .initcall
# section would be an orphan nothing calls: UML's host-side __initcall()
# was one.)  Outside: Documentation, tools/ (user space), and
# scripts/generate_initcall_order.pl, whose only caller the patch removes.
old_users() {
	nice grep -rlE --include='*.[chS]' --include='*.lds*' --include='Makefile*' --include='Kbuild' \
		--include='*.sh' --include='*.pl' --include='*.py' --exclude-dir=Documentation --exclude-dir=tools \
		'\.initcall|\.con_initcall|__initcall[0-9a-z]*_(start|end)|__initcall_end|__con_initcall_(start|end)|initcall_from_entry|initcall_entry_t|INIT_CALLS|CON_INITCALL|tmp_initcalls' \
		"$1" | sed "s|^$1/||" | grep -vx 'scripts/generate_initcall_order.pl' | sort
}
old_stock=$(old_users "$stock_src")
old_lt=$(old_users "$lt_src")
[ -n "$old_stock" ] && [ -z "$old_lt" ]
tap_point $? "no file of the patched tree uses the old initcall sections or their bounds (the stock tree: $(echo "$old_stock" | wc -l) files)"
[ -z "$old_lt" ] || tap_diag "still there: $old_lt"

# ---- the builds -------------------------------------------------------------
# other_compiler_only SRC CONFIG_X NAME: whether Kconfig offers CONFIG_X only
# to the compiler kernel NAME is not built with (a "depends on CC_IS_GCC"
# or "CC_IS_CLANG" line in its entry).
other_compiler_only() {
	local want=CC_IS_CLANG
	case $3 in *llvm*) want=CC_IS_GCC ;; esac
	nice grep -rh --include='Kconfig*' -A12 "^config ${2#CONFIG_}\$" "$1" |
		awk 'NR > 1 && /^(config|menuconfig|choice|endchoice|menu|endmenu|if|endif|source)([[:space:]]|$)/ { exit } { print }' |
		grep -qE "^[[:space:]]*depends on ${want}[[:space:]]*\$"
}

# build NAME SRC FRAGMENTS MAKE-ARGS...: configure (tinyconfig, then the
# fragments) and build one kernel in $work/NAME.
build() {
	local name=$1 src=$2 frags=$3 o=$work/$1 start rc opt bad="" other=""
	shift 3
	mkdir -p "$o"
	start=$(date +%s)
	{
		# shellcheck disable=SC2086 # frags: a list of paths
		nice make -C "$src" O="$o" "$@" tinyconfig &&
			"$src/scripts/kconfig/merge_config.sh" -m -O "$o" "$o/.config" $frags &&
			nice make -C "$src" O="$o" "$@" olddefconfig
	} >"$o/config.log" 2>&1
	# every option a fragment sets to y and no later fragment turns off,
	# but one that Kconfig offers to the other compiler only ("depends on
	# CC_IS_GCC" under LLVM=1: DEBUG_SECTION_MISMATCH)
	# shellcheck disable=SC2086
	for opt in $(python3 tests/linux/initcalls.py want-y $frags); do
		grep -qx "$opt=y" "$o/.config" && continue
		if other_compiler_only "$src" "$opt" "$name"; then
			other="$other $opt"
		else
			bad="$bad $opt"
		fi
	done
	[ -z "$bad" ]
	tap_point $? "$name: tinyconfig + $(echo "$frags" | sed "s|$PWD/||g") configures${bad:+ (not set:$bad)}"
	[ -z "$other" ] || tap_diag "$name: not offered to this compiler:$other"
	nice make -C "$src" O="$o" "$@" -j"$jobs" >"$o/build.log" 2>&1
	rc=$?
	eval "time_$(echo "$name" | tr - _)=$(($(date +%s) - start))"
	[ $rc -eq 0 ] && [ -f "$o/vmlinux" ] && [ -f "$o/arch/x86/boot/bzImage" ]
	tap_point $? "$name: the kernel builds ($(($(date +%s) - start)) s with make -j$jobs)"
	[ $rc -eq 0 ] || tap_diag "$(grep -E 'error|Error' "$o/build.log" | head -15)"
}

inc="KCPPFLAGS=-I$PWD/include"
printf 'CONFIG_LTO_CLANG_THIN=y\n' >"$work/thinlto.config"
kernels=""
built=""
for tc in $toolchains; do
	case $tc in
	gcc) build stock-gcc "$stock_src" "$fragments"; build linktable-gcc "$lt_src" "$fragments" "$inc" ;;
	llvm) build stock-llvm "$stock_src" "$fragments" LLVM=1; build linktable-llvm "$lt_src" "$fragments" LLVM=1 "$inc" ;;
	llvm-thinlto)
		build stock-llvm-thinlto "$stock_src" "$fragments $work/thinlto.config" LLVM=1
		build linktable-llvm-thinlto "$lt_src" "$fragments $work/thinlto.config" LLVM=1 "$inc"
		;;
	*)
		tap_point 1 "LINKTABLE_LINUX_TOOLCHAINS: unknown toolchain $tc (gcc, llvm, llvm-thinlto)"
		continue
		;;
	esac
	kernels="$kernels stock-$tc linktable-$tc"
	built="$built $tc"
done

# ---- the initramfs: /init and /dev/console -----------------------------------
gcc -std=gnu11 -O2 -Wall -Wextra -Werror -ffreestanding -fno-pie -no-pie -nostdlib -static \
	-fno-stack-protector -o "$work/init" tests/linux/init.c
cpio_ok=$?
gen=""
for k in $kernels; do
	[ -x "$work/$k/usr/gen_init_cpio" ] && gen=$work/$k/usr/gen_init_cpio && break
done
if [ $cpio_ok -eq 0 ] && [ -n "$gen" ]; then
	printf 'dir /dev 0755 0 0\nnod /dev/console 0600 0 0 c 5 1\nfile /init %s 0755 0 0\n' "$work/init" >"$work/initramfs.list"
	"$gen" "$work/initramfs.list" >"$work/initramfs.cpio"
	cpio_ok=$?
else
	cpio_ok=1
fi
tap_point $cpio_ok "the initramfs (a freestanding /init of tests/linux/init.c, packed by the kernel's gen_init_cpio) is made"

# ---- each kernel: boot, its initcalls ---------------------------------------
msg="linktable-linux-test: /init reached user space"
# examine NAME: boot the kernel, list the initcalls it called and those its
# vmlinux holds; both in $work/NAME/.
examine() {
	local name=$1 o=$work/$1 start kind append cpus
	if [ ! -f "$o/arch/x86/boot/bzImage" ] || [ $cpio_ok -ne 0 ]; then
		tap_point 1 "$name: boots (no kernel or no initramfs)"
		return
	fi
	# Without KALLSYMS initcall_debug prints addresses, which System.map
	# names only where the kernel was not moved: nokaslr.  An SMP kernel
	# is given two CPUs (its early initcalls run before a second one
	# starts, if the configuration finds it: machinery's, with an MP table
	# and no ACPI, starts one).
	append="console=ttyS0 initcall_debug ignore_loglevel panic=-1"
	grep -qx 'CONFIG_KALLSYMS=y' "$o/.config" || append="$append nokaslr"
	cpus=1
	grep -qx 'CONFIG_SMP=y' "$o/.config" && cpus=2
	start=$(date +%s)
	timeout 600 qemu-system-x86_64 -accel tcg -m 512 -smp $cpus -no-reboot -display none -monitor none \
		-serial "file:$o/boot.log" -kernel "$o/arch/x86/boot/bzImage" -initrd "$work/initramfs.cpio" \
		-append "$append" </dev/null >"$o/qemu.log" 2>&1
	eval "boot_$(echo "$name" | tr - _)=$(($(date +%s) - start))"
	grep -q "$msg" "$o/boot.log"
	tap_point $? "$name: boots under QEMU (TCG) to its /init in $(($(date +%s) - start)) s"
	grep -q "$msg" "$o/boot.log" || tap_diag "$(tail -15 "$o/boot.log")"
	python3 tests/linux/initcalls.py called "$o/boot.log" "$o/System.map" >"$o/called"
	case $name in stock-*) kind=stock ;; *) kind=linktable ;; esac
	if [ $kind = stock ]; then
		python3 tests/linux/initcalls.py stock "$o/vmlinux" "$o/System.map" >"$o/initcalls" 2>"$o/initcalls.err"
	else
		python3 tests/linux/initcalls.py linktable "$o/vmlinux" "$o/System.map" "$lt" >"$o/initcalls" 2>"$o/initcalls.err"
	fi
	tap_point $? "$name: its initcalls are read from vmlinux ($([ $kind = stock ] && echo "__initcall*_start symbols" || echo "linktable show")): $(wc -l <"$o/initcalls") entries"
	sed 's/^/# /' "$o/initcalls.err" | head -5
	# The calls, each with its table and level.  console_init() calls the
	# console initcalls through the initcall_start tracepoint only: with
	# TRACEPOINTS initcall_debug prints them too (it is a probe on that
	# tracepoint, registered before console_init() runs, so they come
	# first); without, it prints every initcall but those.
	if grep -qx 'CONFIG_TRACEPOINTS=y' "$o/.config"; then
		{ grep '^con_initcall ' "$o/initcalls"; grep -v '^con_initcall ' "$o/initcalls"; } >"$o/expected-calls"
	else
		grep -v '^con_initcall ' "$o/initcalls" >"$o/expected-calls"
	fi
	awk 'NR == FNR { name[FNR] = $3; line[FNR] = $0; n = FNR; next }
	     { i++; print (i <= n && name[i] == $1) ? line[i] : "?? ? " $1 }' "$o/expected-calls" "$o/called" >"$o/calls"
	cmp -s "$o/calls" "$o/expected-calls"
	tap_point $? "$name: the boot calls every initcall of vmlinux once, in table order ($(wc -l <"$o/called") calls)"
	cmp -s "$o/calls" "$o/expected-calls" || tap_diag "$(diff "$o/expected-calls" "$o/calls" | head -10)"
}
for k in $kernels; do
	examine "$k"
done

# ---- stock and patched: the same initcalls -------------------------------
# same TOOLCHAIN: compare stock-TOOLCHAIN with linktable-TOOLCHAIN.
same() {
	local s=$work/stock-$1 l=$work/linktable-$1 lds
	[ -s "$s/calls" ] && [ -s "$l/calls" ] && cmp -s "$s/calls" "$l/calls"
	tap_point $? "$1: stock and patched kernels call the same initcalls at the same levels in the same order ($(wc -l <"$l/calls" 2>/dev/null) calls)"
	[ -s "$s/calls" ] && [ -s "$l/calls" ] && ! cmp -s "$s/calls" "$l/calls" && tap_diag "$(diff "$s/calls" "$l/calls" | head -10)"
	# object by object (vmlinux.o included): the same entries per table and
	# level, which names the file that lost or moved one
	python3 tests/linux/initcalls.py objects "$s" "$l" >"$l/objects" 2>&1
	tap_point $? "$1: each object file of the patched build holds the initcall entries of its stock twin, per table and level ($(tail -1 "$l/objects"))"
	grep -q ': stock ' "$l/objects" && tap_diag "$(grep ': stock ' "$l/objects" | head -10)"
	[ -s "$s/initcalls" ] && cmp -s "$s/initcalls" "$l/initcalls"
	tap_point $? "$1: their vmlinux hold the same initcalls per table and level, in the same order, console ones included ($(wc -l <"$l/initcalls" 2>/dev/null))"
	# linktable list: every table read, each count the stock kernel's.
	run_list=$("$lt" list "$l/vmlinux" 2>&1)
	rc=$?
	python3 tests/linux/initcalls.py counts "$s/initcalls" >"$s/counts" 2>/dev/null
	printf '%s\n' "$run_list" | awk '$2 == "relative" && $3 == "initcall_t" { print $1, $6 }' | sort >"$l/list-counts"
	sort "$s/counts" >"$s/counts.sorted"
	[ $rc -eq 0 ] && [ -s "$s/counts" ] && cmp -s "$l/list-counts" "$s/counts.sorted"
	tap_point $? "$1: linktable list reads the patched vmlinux's 10 initcall tables, each count the stock level's ($(tr '\n' ' ' <"$s/counts"))"
	cmp -s "$l/list-counts" "$s/counts.sorted" || tap_diag "$run_list"
	"$lt" check "$l/vmlinux" >"$l/check.out" 2>&1
	tap_point $? "$1: linktable check passes on the patched vmlinux ($(tail -1 "$l/check.out"))"
	lds=$l/arch/x86/kernel/vmlinux.lds
	[ -f "$lds" ] && ! grep -q 'initcall' "$lds" && grep -q 'initcall' "$s/arch/x86/kernel/vmlinux.lds"
	tap_point $? "$1: the patched kernel's linker script has no initcall rules (the stock one has)"
	tap_diag "$1: $(grep -cE 'orphan section|is being placed in' "$l/build.log") orphan-section warnings in the patched build (the table sections are placed by the linker)"
	# No new warning: every compiler, assembler, objtool, modpost and
	# linker warning of the patched build is one the stock build has too
	# (source paths and line numbers aside), but the linker's notices of
	# the table sections it places.  A kept LINKTABLE_LINUX_WORK builds
	# incrementally: each log is of its last run.
	warnings "$s/build.log" >"$s/warnings"
	warnings "$l/build.log" | grep -vE "orphan section .linktable_|\(linktable_[A-Za-z0-9_]*\) is being placed in .linktable_" >"$l/warnings"
	LC_ALL=C comm -13 "$s/warnings" "$l/warnings" >"$l/new-warnings"
	[ -s "$s/build.log" ] && [ -s "$l/build.log" ] && [ ! -s "$l/new-warnings" ]
	tap_point $? "$1: the patched build warns of nothing the stock build does not ($(wc -l <"$l/warnings") warnings but the table sections' placement, $(wc -l <"$s/warnings") in the stock build)"
	[ -s "$l/new-warnings" ] && tap_diag "$(head -10 "$l/new-warnings")"
}
# warnings LOG: the warning lines of a build log, sorted and unique, without
# the source tree's path and line numbers.
warnings() {
	grep -E 'warning:|WARNING:' "$1" | sed -e "s|$lt_src/||g" -e "s|$stock_src/||g" -E -e 's/:[0-9]+(:[0-9]+)?:/:/g' | LC_ALL=C sort -u
}
for tc in $built; do
	same "$tc"
done

for k in $kernels; do
	v=$(echo "$k" | tr - _)
	eval "tap_diag \"$k: built in \${time_$v:-?} s (make -j$jobs), booted to /init in \${boot_$v:-?} s (QEMU TCG)\""
done
tap_diag "whole test: $(($(date +%s) - t0)) s"
tap_done
