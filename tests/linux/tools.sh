#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/linux/linux.sh's host-side helpers, without a kernel (fast, always
# run): tests/linux/initcalls.py reads the initcalls a boot called from its
# initcall_debug lines, named by kallsyms or, in a kernel without KALLSYMS,
# as bare addresses that System.map names; and the fragments' merge rule
# (the last fragment to name an option decides whether it must be set).
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"
py=tests/linux/initcalls.py

# shellcheck disable=SC2154 # scratch: tap.sh's scratch directory
d=$scratch
cat >"$d/System.map" <<'MAP'
ffffffff81000000 T _stext
ffffffff81234560 t foo_init
ffffffff81234560 t foo_init_alias
ffffffff81300000 T bar_init
ffffffff81400000 D some_data
MAP
# a boot of a kernel with KALLSYMS: names with offset/size, a module's tag
printf '%s\n' '[    0.100000] calling  foo_init+0x0/0x2a @ 1' \
	'[    0.100100] initcall foo_init+0x0/0x2a returned 0 after 0 usecs' \
	'[    0.200000] calling  bar_init+0x0/0x10 @ 1' \
	'[    0.300000] calling  mod_init+0x0/0x10 [mod] @ 12' >"$d/kallsyms.log"
python3 "$py" called "$d/kallsyms.log" "$d/System.map" >"$d/kallsyms.out" 2>&1
printf 'foo_init\nbar_init\nmod_init\n' | cmp -s - "$d/kallsyms.out"
tap_point $? "initcalls.py called: the names kallsyms printed, in order, one per call ($(tr '\n' ' ' <"$d/kallsyms.out"))"

# the same boot without KALLSYMS: %pS prints the address; System.map names
# it as initcalls.py names table entries (the first text symbol there); an
# address it has no text symbol for stays an address (and fails the test)
printf '%s\n' '[    0.100000] calling  0xffffffff81234560 @ 1' \
	'[    0.100100] initcall 0xffffffff81234560 returned 0 after 0 usecs' \
	'[    0.200000] calling  0xffffffff81300000 @ 1' \
	'[    0.300000] calling  0xffffffff81400000 @ 1' >"$d/addr.log"
python3 "$py" called "$d/addr.log" "$d/System.map" >"$d/addr.out" 2>&1
printf 'foo_init\nbar_init\n0xffffffff81400000\n' | cmp -s - "$d/addr.out"
tap_point $? "initcalls.py called: bare addresses (no KALLSYMS) named from System.map ($(tr '\n' ' ' <"$d/addr.out"))"

# PCI's fixups say "calling" too under initcall_debug, after the device's
# name: no initcalls (a PCI kernel's list had five quirks in it); a line
# without a time stamp (PRINTK_TIME off) counts
printf '%s\n' 'calling  0xffffffff81234560 @ 1' \
	'pci 0000:00:00.0: calling  0xffffffff81300000 @ 1' \
	'[    0.200000] pci 0000:00:01.3: calling  quirk_piix4_acpi+0x0/0x170 @ 1' \
	'calling  bar_init+0x0/0x10 @ 1' >"$d/pci.log"
python3 "$py" called "$d/pci.log" "$d/System.map" >"$d/pci.out" 2>&1
printf 'foo_init\nbar_init\n' | cmp -s - "$d/pci.out"
tap_point $? "initcalls.py called: PCI fixups' calling lines are no initcalls ($(tr '\n' ' ' <"$d/pci.out"))"

# clang LTO: initcalls are called through stubs whose names carry a
# counter and a line of their file, which the patch moves where it edits
# the file; the names lose them (the ThinLTO pair differed only there)
printf '%s\n' '[    0.100000] calling  __initstub__kmod_printk__265_3413_printk_late_init7+0x0/0x10 @ 1' \
	'[    0.200000] calling  __initstub__kmod_my_mod__1_2_x_y_init6s+0x0/0x10 @ 1' \
	'[    0.300000] calling  __initcall_without_stub__12_34_f+0x0/0x10 @ 1' >"$d/stub.log"
python3 "$py" called "$d/stub.log" "$d/System.map" >"$d/stub.out" 2>&1
printf '%s\n' __initstub__kmod_printk__printk_late_init7 __initstub__kmod_my_mod__x_y_init6s \
	__initcall_without_stub__12_34_f | cmp -s - "$d/stub.out"
tap_point $? "initcalls.py called: a clang LTO stub's name without its counter and line ($(tr '\n' ' ' <"$d/stub.out"))"

# no calling lines (a kernel that never got there): nothing, no error
printf 'Linux version 6.1\nKernel panic\n' >"$d/none.log"
python3 "$py" called "$d/none.log" "$d/System.map" >"$d/none.out" 2>&1
tap_point $? "initcalls.py called: a boot log without calls gives an empty list ($(wc -l <"$d/none.out") lines)"

# initcalls.py objects: the entries of each object file, stock sections
# against the same file's linktable sections (4 bytes an entry), per table
# and sublevel; a file that lost an entry, or whose entry moved to another
# sublevel, is named
obj() { # obj DIR FILE SECTION:COUNT...
	local dir=$1 file=$2 sec asm=""
	shift 2
	for sec in "$@"; do
		asm="$asm .pushsection ${sec%:*},\"a\"\n .rept ${sec#*:}\n .long 0\n .endr\n .popsection\n"
	done
	mkdir -p "$dir/$(dirname "$file")"
	printf "$asm" | gcc -c -x assembler -o "$dir/$file" -
}
obj "$d/s" drivers/a.o .initcall6.init:2 .initcall6s.init:1 .con_initcall.init:1
obj "$d/s" init/b.o .initcallrootfs.init:1 .initcall5.init:3 .initcallearly.init:2 .initcall0.init:1
obj "$d/s" lib/none.o .data:1
obj "$d/p" drivers/a.o linktable_initcall6_0:2 linktable_initcall6_1:1 linktable_con_initcall_0:1 linktable_initcall6_7:0
obj "$d/p" init/b.o linktable_initcall5_2:1 linktable_initcall5_0:3 linktable_initcall_early_0:2 linktable_initcall0_0:1
obj "$d/p" lib/none.o .data:1
got=$(python3 "$py" objects "$d/s" "$d/p" 2>&1)
r=$?
[ $r -eq 0 ] && [ "$got" = "3 object files compared (11 initcall entries in the stock ones), 0 differ, 0 not ELF" ]
tap_point $? "initcalls.py objects: stock and linktable sections of the same entries match ($got)"
obj "$d/p" drivers/a.o linktable_initcall6_0:2 linktable_initcall6_0:1 linktable_con_initcall_0:1
obj "$d/p" init/b.o linktable_initcall5_0:1 linktable_initcall5_0:3 linktable_initcall_early_0:2 linktable_initcall0_0:1
got=$(python3 "$py" objects "$d/s" "$d/p" 2>&1)
r=$?
[ $r -eq 1 ] && case "$got" in *"drivers/a.o: "*"init/b.o: "*"2 differ"*) true ;; *) false ;; esac
tap_point $? "initcalls.py objects: an entry moved from the _sync or rootfs sublevel is named, per object (exit $r: $(echo "$got" | tr '\n' ' '))"

# the configure check's rule: options set to y by the last fragment to
# name them
printf 'CONFIG_A=y\nCONFIG_B=y\nCONFIG_C=y\n' >"$d/f1"
printf '# CONFIG_B is not set\nCONFIG_C=m\nCONFIG_D=y\n' >"$d/f2"
printf 'CONFIG_B=y\n' >"$d/f3"
got=$(python3 "$py" want-y "$d/f1" "$d/f2" 2>&1 | tr '\n' ' ')
[ "$got" = "CONFIG_A CONFIG_D " ]
tap_point $? "initcalls.py want-y: a later fragment turns an option off or to m (got: $got)"
got=$(python3 "$py" want-y "$d/f1" "$d/f2" "$d/f3" 2>&1 | tr '\n' ' ')
[ "$got" = "CONFIG_A CONFIG_B CONFIG_D " ]
tap_point $? "initcalls.py want-y: and a still later one on again (got: $got)"
got=$(python3 "$py" want-y tests/linux/config 2>&1 | tr '\n' ' ')
case "$got" in *CONFIG_SERIAL_8250_CONSOLE*CONFIG_KALLSYMS*|*CONFIG_KALLSYMS*CONFIG_SERIAL_8250_CONSOLE*) r=0 ;; *) r=1 ;; esac
tap_point $r "initcalls.py want-y reads tests/linux/config ($got)"

# linux.sh's other_compiler_only, on a Kconfig tree of its own: an option
# offered to gcc only is excused under LLVM=1, not under gcc; one whose
# "depends on CC_IS_GCC" belongs to the next entry is not.
eval "$(sed -n '/^other_compiler_only() {/,/^}/p' tests/linux/linux.sh)"
mkdir -p "$d/tree/lib"
cat >"$d/tree/lib/Kconfig.debug" <<'KCONFIG'
config GCC_ONLY_CHECK
	bool "a gcc-only check"
	depends on CC_IS_GCC
	help
	  Only gcc has it.

config ANY_CHECK
	bool "any compiler"

config NEXT_GCC_ONLY
	bool "another"
	depends on CC_IS_GCC
KCONFIG
other_compiler_only "$d/tree" CONFIG_GCC_ONLY_CHECK stock-llvm &&
	! other_compiler_only "$d/tree" CONFIG_GCC_ONLY_CHECK stock-gcc &&
	! other_compiler_only "$d/tree" CONFIG_ANY_CHECK linktable-llvm &&
	! other_compiler_only "$d/tree" CONFIG_NO_SUCH linktable-llvm
tap_point $? "linux.sh other_compiler_only: a gcc-only option excused under LLVM=1 only, no other"
tap_done
