#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Boots build/boot-{gcc,clang}/linktable-kernel.{bzImage,elf} under QEMU
# TCG (no KVM) on every entry path - QEMU -kernel, GRUB linux and linux16
# from a grub-mkrescue ISO, PVH, Xen 4.17 PV dom0 - and checks the exact exit status
# (isa-debug-exit: 33 = boot complete, 35 = use-after-free caught; a
# triple fault exits 0 with -no-reboot) and the trace: the entry, the
# subarch and its source before any step, cr4 on every path, kasan run on
# pc and skipped on xen, the freeing lines, the fault report.  Every QEMU
# run has a timeout.  Locally a missing QEMU, GRUB or Xen is a skip; under
# CI=true a failure.  Logs: build/kernel-logs/.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

logs=build/kernel-logs
mkdir -p "$logs"
qemu=qemu-system-x86_64
tool=build/bin/linktable
qemu_args=(-machine pc -m 256 -display none -serial stdio -no-reboot)
exit_dev=(-device isa-debug-exit,iobase=0xf4,iosize=0x04)
uaf=linktable.test=use-after-free

# run NAME SECONDS QEMU-ARGS...: boots, leaves the log in $logs/NAME.log and
# the exit status in $status.
run() {
	local name=$1 secs=$2
	shift 2
	timeout "$secs" "$qemu" "${qemu_args[@]}" "$@" >"$logs/$name.log" 2>&1 </dev/null
	status=$?
}

# expect NAME WANT: one point for the exact exit status.
expect() {
	[ "$status" -eq "$2" ]
	tap_point $? "$1: QEMU exits $status (want $2)"
	[ "$status" -eq "$2" ] || tap_diag "$(tail -8 "$logs/$1.log")"
}

# trace NAME PATTERN...: one point; every extended regex must match a line.
trace() {
	local name=$1 missing=""
	shift
	for p in "$@"; do
		grep -Eq -- "$p" "$logs/$name.log" || missing="$missing [$p]"
	done
	[ -z "$missing" ]
	tap_point $? "$name: trace${missing:+ lacks$missing}"
}

# trace_lacks NAME PATTERN...: one point; no extended regex may match.
trace_lacks() {
	local name=$1 found=""
	shift
	for p in "$@"; do
		grep -Eq -- "$p" "$logs/$name.log" && found="$found [$p]"
	done
	[ -z "$found" ]
	tap_point $? "$name: trace${found:+ has$found}${found:- has no line of the other subarch}"
}

# decided_first NAME: the subarch line comes before the first init step.
decided_first() {
	local s c
	s=$(grep -nE '^linktable: subarch ' "$logs/$1.log" | head -1 | cut -d: -f1)
	c=$(grep -nE 'calling +[a-z_0-9]+' "$logs/$1.log" | head -1 | cut -d: -f1)
	[ -n "$s" ] && [ -n "$c" ] && [ "$s" -lt "$c" ]
	tap_point $? "$1: the subarch is decided (line ${s:-none}) before the first step (line ${c:-none})"
}

# uaf_report NAME: the fault handler names the address the test called.
uaf_report() {
	local called caught
	called=$(sed -n 's/.*calling cmdline_init at \(0x[0-9a-f]*\) in freed init memory.*/\1/p' "$logs/$1.log")
	caught=$(sed -n 's/.*call into freed init memory at \(0x[0-9a-f]*\) (range init_text).*/\1/p' "$logs/$1.log")
	[ -n "$called" ] && [ "$called" = "$caught" ]
	tap_point $? "$1: \"call into freed init memory at ${caught:-?} (range init_text)\" for the call to ${called:-?}"
}

pc_trace=('linktable: subarch pc \(0\) from zero page' 'plan: 10 of 11 steps for pc planned at boot'
	'plan: build-time plan \(fingerprint 0x[0-9a-f]+\) taken over in [0-9]+ cycles \(sealed: nothing hashed\)' '^linktable: plan built at link time \(fingerprint [0-9a-f]+, sealed: nothing hashed\)' 'platform: pc operations' 'cr4: shadow 0x[0-9a-f]+ from the register' 'initcall cr4_shadow\.early_init returned 0'
	'pge: global pages on: cr4 0x[0-9a-f]+ -> 0x[0-9a-f]+ through the shadow' 'tsc: [0-9]+ kHz \(measured against the PIT\)'
	'kasan: shadow for .* self-test caught' 'serial8250: ttyS0 at I/O 0x3f8'
	'pci 0000:00:00\.0: \[8086:1237\]' 'e820: \[mem 0x0000000000100000-'
	'Freeing unused xen memory: ([0-9]+)K \(RSS -\1K\)' 'Freeing unused init memory: ([0-9]+)K \(RSS -\1K\)'
	'cycles from entry to the end of init' '^linktable-kernel: boot complete')
xen_trace=('linktable: subarch xen \(2\) from zero page' 'plan: 8 of 11 steps for xen planned at boot'
	'plan: build-time plan \(fingerprint 0x[0-9a-f]+\) taken over in [0-9]+ cycles \(sealed: nothing hashed\)' '^linktable: plan built at link time \(fingerprint [0-9a-f]+, sealed: nothing hashed\)' 'cr4: shadow 0x[0-9a-f]+ as Xen reports it' 'platform: xen operations'
	'skipping kasan: not supported on subarch xen' 'initcall cr4_shadow\.early_init returned 0'
	'pge: CR4 is the hypervisor.s' 'tsc: [0-9]+ kHz \(from Xen.s vcpu_time_info\)' 'xen: running on Xen 4\.17' 'memory: 65536 KiB usable'
	'Freeing unused pc memory: [0-9]+K' 'Freeing unused init memory: [0-9]+K'
	'cycles from entry to the end of init' '^linktable-kernel: boot complete')

# boot_pair CC PATH ENTRY-PATTERN BUILDER-PATTERN SECONDS KIND: boots twice,
# with the QEMU arguments "args_PATH boot" and "args_PATH uaf" put in
# qargs: a normal boot (33, trace) and linktable.test=use-after-free (35).
boot_pair() {
	local cc=$1 path=$2 entry=$3 builder=$4 secs=$5 kind=$6
	local name=$cc-$path
	local -a want
	if [ "$kind" = xen ]; then want=("${xen_trace[@]}"); else want=("${pc_trace[@]}"); fi
	"args_$path" boot
	run "$name" "$secs" "${exit_dev[@]}" "${qargs[@]}"
	expect "$name" 33
	trace "$name" "entry: $entry" "built by $builder" "${want[@]}"
	if [ "$kind" = xen ]; then
		trace_lacks "$name" 'calling +(kasan|serial|pci)\.' 'Freeing unused xen memory'
	else
		trace_lacks "$name" 'skipping kasan' 'calling +xen_version\.' 'Freeing unused pc memory'
	fi
	decided_first "$name"
	"args_$path" uaf
	run "$name-uaf" "$secs" "${exit_dev[@]}" "${qargs[@]}"
	expect "$name-uaf" 35
	uaf_report "$name-uaf"
}

# The QEMU arguments of each path; $1 is boot or uaf.
cmdline_of() { [ "$1" = uaf ] && echo "$uaf"; }
args_qemu-bzimage() { qargs=(-kernel "$bz" -append "$(cmdline_of "$1")"); }
args_pvh() { qargs=(-kernel "$elf" -append "$(cmdline_of "$1")"); }
args_grub-linux() { qargs=(-cdrom "$scratch/$cc-$1.iso"); }
args_xen-pv-dom0() {
	qargs=(-kernel "$xen" -append "console=com1 com1=115200,8n1 dom0_mem=64M dom0_max_vcpus=1 noreboot"
		-initrd "$elf $(cmdline_of "$1")")
}

# The image's linker script places its own layout only: the init table and
# the freeable ranges must work as orphan sections, as without a script.
! grep -v '^ \*\|^/\*' examples/kernel/kernel.ld | grep -n 'linktable'
tap_point $? "kernel.ld names no linktable section or symbol outside its comments"

if ! command -v "$qemu" >/dev/null; then
	tap_missing "$qemu not installed: no real boots"
	tap_done
fi
xen=$(tests/kernel/fetch-xen.sh 2>"$scratch/xen.err") || xen=""

for cc in gcc clang; do
	dir=build/boot-$cc
	if [ ! -f "$dir/linktable-kernel.elf" ] || [ ! -f "$dir/linktable-kernel.bzImage" ]; then
		tap_missing "$cc: no kernel build in $dir (is $cc installed?)"
		continue
	fi
	bz=$dir/linktable-kernel.bzImage elf=$dir/linktable-kernel.elf

	"$tool" bzimage "$bz" >"$logs/$cc-bzimage.txt" 2>&1 &&
		grep -q 'protocol version: 2.12' "$logs/$cc-bzimage.txt" &&
		grep -Eq '^0x214 +4 +code32_start +0x100000$' "$logs/$cc-bzimage.txt"
	tap_point $? "$cc: linktable bzimage decodes the bzImage (protocol 2.12, code32_start 0x100000)"
	"$tool" check "$elf" >"$logs/$cc-check.txt" 2>&1
	tap_point $? "$cc: linktable check passes on the ELF: $(head -1 "$logs/$cc-check.txt")"
	"$tool" matrix "$elf" >"$logs/$cc-matrix.txt" 2>&1
	[ "$(grep -c '^REFUSED on \(lguest\|intel_mid\|ce4100\): .*platform (supports pc, xen)' "$logs/$cc-matrix.txt")" -eq 3 ] &&
		! grep -q '^REFUSED on \(pc\|xen\)' "$logs/$cc-matrix.txt"
	tap_point $? "$cc: linktable matrix says the boot is refused on lguest, intel_mid and ce4100, not on pc or xen"
	"$tool" show "$elf" init_steps >"$logs/$cc-show.txt" 2>&1
	grep -Eq '^\[[0-9]+\] level 5 +pge .*uses=cr4_shadow' "$logs/$cc-show.txt" && grep -Eq '^\[[0-9]+\] level 0 +cr4_shadow .*provides=cr4_shadow' "$logs/$cc-show.txt"
	tap_point $? "$cc: linktable show lists what cr4_shadow provides and pge uses"

	boot_pair "$cc" qemu-bzimage 'bzImage code32_start' 'QEMU, then setup.S in real mode' 60 pc
	boot_pair "$cc" pvh 'PVH \(pvh_start' 'the PVH entry from hvm_start_info' 60 pc
	# The first link, before "linktable plan": the same boot, planned at run time.
	run "$cc-pvh-first-link" 60 "${exit_dev[@]}" -kernel "$dir/linktable-kernel.stage1.elf"
	expect "$cc-pvh-first-link" 33
	trace "$cc-pvh-first-link" 'plan: no build-time plan linked in' 'plan: 10 of 11 steps for pc planned at boot'
	trace_lacks "$cc-pvh-first-link" 'plan built at link time'
	# The second link before "linktable seal": the plan is used after the
	# table's fingerprint is computed and compared.
	run "$cc-pvh-unsealed" 60 "${exit_dev[@]}" -kernel "$dir/linktable-kernel.unsealed.elf"
	expect "$cc-pvh-unsealed" 33
	trace "$cc-pvh-unsealed" 'plan: build-time plan \(fingerprint 0x[0-9a-f]+\) taken over in [0-9]+ cycles \(unsealed: the table hashed\)' \
		'^linktable: plan built at link time \(fingerprint [0-9a-f]+, unsealed: checked at boot\)'

	# CPU models QEMU accepts with long mode but without parts of the
	# x86-64 baseline.  Without SSE, SSE2 and FXSR the kernel boots: its
	# code uses general registers only (clang once made a seq_cst fence an
	# SSE2 mfence: "invalid opcode" in the freeing).  Without CMOV, which
	# compilers use in 64-bit code unasked, head32.S says so in 32-bit code
	# (it was a silent triple fault in the first C function).
	run "$cc-cpu-nosse" 60 "${exit_dev[@]}" -cpu qemu64,-sse,-sse2,-fxsr -kernel "$bz"
	expect "$cc-cpu-nosse" 33
	trace "$cc-cpu-nosse" 'Freeing unused init memory' '^linktable-kernel: boot complete'
	run "$cc-cpu-nocmov" 60 "${exit_dev[@]}" -cpu qemu64,-cmov -kernel "$elf"
	expect "$cc-cpu-nocmov" 47
	trace "$cc-cpu-nocmov" '^linktable-kernel: this CPU has no CMOV \(CPUID 1 EDX bit 15\)'

	if command -v grub-mkrescue >/dev/null && command -v xorriso >/dev/null; then
		for variant in boot uaf linux16; do
			iso=$scratch/iso-$cc-$variant
			mkdir -p "$iso/boot/grub"
			cp "$bz" "$iso/boot/"
			loader=linux
			[ "$variant" = linux16 ] && loader=linux16
			printf 'set timeout=0\n%s /boot/linktable-kernel.bzImage %s\nboot\n' "$loader" \
				"$(cmdline_of "$variant")" >"$iso/boot/grub/grub.cfg"
			grub-mkrescue -o "$scratch/$cc-$variant.iso" "$iso" >"$logs/$cc-grub-mkrescue.log" 2>&1 ||
				tap_diag "grub-mkrescue failed: $(tail -3 "$logs/$cc-grub-mkrescue.log")"
		done
		boot_pair "$cc" grub-linux 'bzImage code32_start' $'GRUB\r?$' 90 pc
		trace "$cc-grub-linux" 'command line: BOOT_IMAGE=/boot/linktable-kernel.bzImage'
		# linux16 runs the image's real-mode setup code (setup.S) instead.
		run "$cc-grub-linux16" 90 "${exit_dev[@]}" -cdrom "$scratch/$cc-linux16.iso"
		expect "$cc-grub-linux16" 33
		trace "$cc-grub-linux16" 'entry: bzImage code32_start' 'built by GRUB, then setup.S in real mode' \
			"${pc_trace[@]}"
	else
		tap_missing "$cc: grub-mkrescue or xorriso not installed: no GRUB boot"
	fi

	if [ -n "$xen" ]; then
		boot_pair "$cc" xen-pv-dom0 'Xen PV \(startup_xen' 'xen_start_kernel from start_info \(dom0\)' 120 xen
		# PVH dom0 (dom0=pvh) needs HAP, so a CPU with nested paging (TCG's
		# "max") and an IOMMU (q35, intel-iommu).  Subarch pc, as in Linux;
		# the memory map from XENMEM_memory_map, console_io, Xen's clock.
		for v in boot uaf; do
			run "$cc-xen-pvh-dom0-$v" 120 "${exit_dev[@]}" -cpu max -machine q35,kernel-irqchip=split \
				-device intel-iommu,intremap=on -m 512 -kernel "$xen" \
				-append "console=com1 com1=115200,8n1 dom0=pvh dom0_mem=128M dom0_max_vcpus=1 noreboot" \
				-initrd "$elf $(cmdline_of "$v")"
			expect "$cc-xen-pvh-dom0-$v" "$([ "$v" = boot ] && echo 33 || echo 35)"
		done
		trace "$cc-xen-pvh-dom0-boot" 'entry: PVH \(pvh_start' \
			'built by the PVH entry, memory map from XENMEM_memory_map \(on Xen, subarch stays pc\)' \
			'linktable: subarch pc \(0\) from zero page' 'platform: pc \(PVH on Xen\) operations' \
			'tsc: [0-9]+ kHz \(from Xen.s CPUID time leaf\)' 'memory: [0-9]+ KiB usable' \
			'kasan: shadow for .* self-test caught' 'skipping serial: not detected' \
			'Freeing unused xen memory' 'Freeing unused init memory' '^linktable-kernel: boot complete'
		decided_first "$cc-xen-pvh-dom0-boot"
		uaf_report "$cc-xen-pvh-dom0-uaf"
	else
		tap_missing "$cc: no Xen hypervisor: $(cat "$scratch/xen.err")"
	fi
done

# ---- Every legal boot, outside the usual cases (the gcc build) -------------
# patch_subarch FILE VALUE-AS-4-BYTES: hardware_subarch (0x23c) in a copy of
# the bzImage; loaders copy it to the zero page unchanged.
patch_subarch() {
	cp "$bz" "$1"
	printf "$2" | dd of="$1" bs=1 seek=$((0x23c)) conv=notrunc 2>/dev/null
}

if [ -f build/boot-gcc/linktable-kernel.bzImage ]; then
	bz=build/boot-gcc/linktable-kernel.bzImage elf=build/boot-gcc/linktable-kernel.elf

	# Every hardware_subarch value: the three the kernel has no platform for
	# stop before any step with the core's reason and status 45, nothing
	# freed; an undefined value is named and booted as pc.
	for sub in "1 lguest" "3 intel_mid" "4 ce4100"; do
		set -- $sub
		patch_subarch "$scratch/subarch-$1.bz" "\\x0$1\\x00\\x00\\x00"
		run "gcc-subarch-$2" 60 "${exit_dev[@]}" -kernel "$scratch/subarch-$1.bz"
		expect "gcc-subarch-$2" 45
		trace "gcc-subarch-$2" "linktable: subarch $2 \\($1\\) from zero page" \
			"linktable: boot refused: subarch $2 \\($1\\) is not supported by [0-9]+ critical steps: .*platform \\(supports pc, xen\\)" \
			'linktable: nothing freed: the boot was refused' "linktable-kernel: stopped: subarch $1 is not supported"
		trace_lacks "gcc-subarch-$2" 'calling ' 'Freeing unused' 'boot complete'
	done
	for sub in "5 \\x05\\x00\\x00\\x00" "4294967295 \\xff\\xff\\xff\\xff"; do
		set -- $sub
		patch_subarch "$scratch/subarch-$1.bz" "$2"
		run "gcc-subarch-$1" 60 "${exit_dev[@]}" -kernel "$scratch/subarch-$1.bz"
		expect "gcc-subarch-$1" 33
		trace "gcc-subarch-$1" "hardware_subarch $1 is not a known subarch.*default: pc" 'linktable-kernel: boot complete'
	done

	# CPUs: no NX (kasan without the NX bit), no PGE (done without), no long
	# mode (stopped in 32-bit code, status 47), and newer models.
	run gcc-cpu-nonx 60 "${exit_dev[@]}" -cpu qemu64,-nx -kernel "$bz"
	expect gcc-cpu-nonx 33
	trace gcc-cpu-nonx 'kasan: the CPU has no NX' 'kasan: shadow for .* self-test caught' 'boot complete'
	run gcc-cpu-nopge 60 "${exit_dev[@]}" -cpu qemu64,-pge -kernel "$bz"
	expect gcc-cpu-nopge 33
	trace gcc-cpu-nopge 'pge: the CPU has no global pages .*done without' 'boot complete'
	for cpu in qemu32 486; do
		run "gcc-cpu-$cpu" 60 "${exit_dev[@]}" -cpu "$cpu" -kernel "$bz"
		expect "gcc-cpu-$cpu" 47
		trace "gcc-cpu-$cpu" 'this CPU has no long mode'
	done
	for cpu in Nehalem EPYC max; do
		run "gcc-cpu-$cpu" 60 "${exit_dev[@]}" -cpu "$cpu" -kernel "$bz"
		expect "gcc-cpu-$cpu" 33
	done

	# Machines and memory sizes: e820 above 4 GiB, the 4 GiB identity map.
	for mm in "pc 32" "q35 1G" "q35 3G" "pc 8G"; do
		set -- $mm
		run "gcc-mem-$1-$2" 60 -machine "$1" -m "$2" "${exit_dev[@]}" -kernel "$bz"
		expect "gcc-mem-$1-$2" 33
	done
	trace gcc-mem-pc-8G 'e820: \[mem 0x0000000100000000-0x000000023fffffff\] usable' 'memory: 8388[0-9]+ KiB usable'

	# The command line: an option after byte 1100 counts; beyond the 2047
	# bytes the header advertises, the rest is dropped with a warning.
	long=$(printf '%01100d' 0)
	run gcc-cmdline-1100 60 "${exit_dev[@]}" -kernel "$bz" -append "$long $uaf"
	expect gcc-cmdline-1100 35
	run gcc-cmdline-3000 60 "${exit_dev[@]}" -kernel "$bz" -append "$(printf '%03000d' 0) $uaf"
	expect gcc-cmdline-3000 33
	trace gcc-cmdline-3000 'command line: 2047 bytes kept \(at most 2047\)' \
		'warning: command line truncated: [0-9]+ bytes after the first 2047 dropped'

	# GRUB copies hardware_subarch unchanged too, and may put its data high
	# in memory: lguest by GRUB linux on 3 GiB (45), linux16 on 8 GiB and a
	# 1100-byte command line through GRUB (35: the option after it counts).
	if command -v grub-mkrescue >/dev/null && command -v xorriso >/dev/null; then
		grub_iso() { # NAME IMAGE LOADER ARGS
			mkdir -p "$scratch/iso-$1/boot/grub"
			cp "$2" "$scratch/iso-$1/boot/linktable-kernel.bzImage"
			printf 'set timeout=0\n%s /boot/linktable-kernel.bzImage %s\nboot\n' "$3" "$4" \
				>"$scratch/iso-$1/boot/grub/grub.cfg"
			grub-mkrescue -o "$scratch/$1.iso" "$scratch/iso-$1" >"$logs/$1-grub-mkrescue.log" 2>&1
		}
		grub_iso grub-lguest "$scratch/subarch-1.bz" linux ""
		run gcc-grub-lguest-3G 90 -m 3G "${exit_dev[@]}" -cdrom "$scratch/grub-lguest.iso"
		expect gcc-grub-lguest-3G 45
		trace gcc-grub-lguest-3G 'linktable: boot refused: subarch lguest \(1\)' 'built by GRUB$|built by GRUB.$'
		grub_iso grub-16-long "$bz" linux16 "$(printf '%01100d' 0) $uaf"
		run gcc-grub-linux16-8G-long 90 -m 8G "${exit_dev[@]}" -cdrom "$scratch/grub-16-long.iso"
		expect gcc-grub-linux16-8G-long 35
		trace gcc-grub-linux16-8G-long 'built by GRUB, then setup.S in real mode' 'e820: \[mem 0x0000000100000000-'
	fi

	# The legacy mode: two hand-written sequences chosen by the entry.
	run gcc-legacy 60 "${exit_dev[@]}" -kernel "$bz" -append linktable.legacy
	expect gcc-legacy 33
	trace gcc-legacy 'legacy: the native entry.s hand-written init sequence' 'cr4: shadow' 'pge: global pages on'
	if [ -n "$xen" ]; then
		run gcc-legacy-xen 120 "${exit_dev[@]}" -kernel "$xen" \
			-append "console=com1 com1=115200,8n1 dom0_mem=64M dom0_max_vcpus=1 noreboot" \
			-initrd "$elf linktable.legacy"
		expect gcc-legacy-xen 49
		trace gcc-legacy-xen 'legacy: the Xen PV entry.s hand-written init sequence' \
			'BUG: general protection fault' 'the cr4 shadow was read before cr4_init_shadow\(\) set it up'
	fi
fi

# The same bug in the table: a user of the cr4 shadow that does not depend
# on its initialisation fails "linktable check" and "linktable plan".
broken=build/boot-broken-cr4/linktable-kernel.stage1.elf
if [ -f "$broken" ]; then
	"$tool" check "$broken" >"$logs/broken-cr4-check.txt" 2>&1
	rc=$?
	[ "$rc" -eq 1 ] && grep -q "init step 'pge' uses 'cr4_shadow', but on pc, xen neither it nor any step it depends on.*\[resource\]" "$logs/broken-cr4-check.txt"
	tap_point $? "linktable check fails the image whose pge step uses cr4_shadow without depending on it (exit $rc)"
	! "$tool" plan "$broken" >/dev/null 2>"$logs/broken-cr4-plan.txt"
	tap_point $? "linktable plan refuses it too (the build would stop)"
else
	tap_missing "no $broken"
fi

# Without isa-debug-exit the kernel halts after booting: QEMU keeps running
# until the timeout (a triple fault would end it with status 0 at once).
if [ -f build/boot-gcc/linktable-kernel.bzImage ]; then
	run gcc-halt 6 -kernel build/boot-gcc/linktable-kernel.bzImage
	[ "$status" -eq 124 ] && grep -q '^linktable-kernel: boot complete' "$logs/gcc-halt.log"
	tap_point $? "gcc: without isa-debug-exit the kernel halts after booting (timeout status $status)"
fi
tap_done
