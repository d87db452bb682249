#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Bad input and bad usage: every case must give a clear message and exit 2,
# never a crash, a hang or a silent success.  Damaged ELF images come from
# tests/tool/corrupt.py applied to a fresh fixture.
set -u
. tests/tool/lib.sh
D=build/tests/tool/bad-input
mkdir -p "$D"
good=$D/good-static
if ! gcc -std=gnu11 -O2 -Iinclude -static tests/tool/fixtures/good.c -o "$good" 2>"$D/build.log"; then
	good=$D/good-pie
	gcc -std=gnu11 -O2 -Iinclude tests/tool/fixtures/good.c -o "$good" 2>>"$D/build.log" || echo "# cannot build the fixture: $(cat "$D/build.log")"
fi

# bad_file NAME REGEX: every image command refuses $D/NAME with REGEX, exit 2.
bad_file() {
	local f=$D/$1 cmd
	for cmd in list check matrix graph "show init_steps"; do
		# shellcheck disable=SC2086
		run timeout 20 "$LT" ${cmd%% *} "$f" $([ "$cmd" != "${cmd#show }" ] && echo "${cmd#show }")
		point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -Eq -- "^linktable: $f: (.*: )?$2" && echo 0 || echo 1)" \
			"$1: $cmd exits 2 with \"$2\"" "exit $rc, stderr: $err"
	done
}

: >"$D/empty"
bad_file empty "empty file"
printf 'hello, world\n' >"$D/text"
bad_file text "not an ELF file"
printf '\177ELF' >"$D/elf-magic-only"
bad_file elf-magic-only "not an ELF file"
# The other formats tables are built for: said what they are.
printf '\0asm\1\0\0\0' >"$D/wasm-module"
bad_file wasm-module "not an ELF file: a WebAssembly module; linktable reads ELF images only"
printf '\317\372\355\376\7\0\0\1' >"$D/macho-x86-64"
bad_file macho-x86-64 "not an ELF file: a Mach-O file; linktable reads ELF images only"
printf '\376\355\372\316' >"$D/macho-be32"
bad_file macho-be32 "not an ELF file: a Mach-O file"
{ printf 'MZ'; head -c 58 /dev/zero; printf '\100\0\0\0PE\0\0'; } >"$D/pe-image"
bad_file pe-image "not an ELF file: a PE/COFF \(Windows\) image"
{ printf 'MZ'; head -c 58 /dev/zero; printf '\100\0\0\0NE\0\0'; } >"$D/mz-not-pe"
bad_file mz-not-pe "not an ELF file$"
printf 'MZ' >"$D/mz-short"
bad_file mz-short "not an ELF file$"
mkdir -p "$D/a-directory"
bad_file a-directory "is a directory"
run "$LT" list "$D/does-not-exist"
expect_rc 2 "missing file"
expect_err "^linktable: $D/does-not-exist: cannot open: No such file or directory$" "missing file: says so"
run timeout 20 "$LT" list /dev/zero
expect_rc 2 "/dev/zero: refused, no hang"
expect_err "^linktable: /dev/zero: larger than 67108864 bytes; refusing$" "/dev/zero: says why"
run timeout 20 "$LT" bootparams /dev/null
expect_err "^linktable: /dev/null: empty file$" "/dev/null: empty"
cc -std=gnu11 -c tests/tool/fixtures/good.c -Iinclude -o "$D/object.o"
bad_file object.o "a relocatable object, not a linked image: link it first"
# A separate debug file: the image's section headers and notes (so its
# tables are found), but no contents in any other loaded section.
objcopy --only-keep-debug "$good" "$D/debug-file"
bad_file debug-file "section linktable_[a-z_0-9]+ has no contents in the file: this is a separate debug file \(objcopy --only-keep-debug leaves every loaded section empty\); run linktable on the image itself"

# (32-bit and big-endian images are read - tests/tool/cross.sh - so a
# 64-bit little-endian file relabelled as either is garbage to libelf.)
for damage in "class32|no section headers" \
	"bigendian|ELF type 512 is not an executable or shared object" \
	"shoff|section headers out of range" \
	"shnum|section headers out of range" \
	"truncated|section headers out of range" \
	"header-only|truncated ELF header" \
	"note-esize0|table [a-z_]+: impossible entry size 0" \
	"note-version|descriptor version 9 is not supported" \
	"note-unterminated|descriptor names are not NUL-terminated" \
	"note-descsz|note at offset [0-9]+ runs past the section end" \
	"many-notes|more than 65536 table descriptors: not a real program" \
	"nobits-level|section linktable_frobs_42(_rw)? has no contents in the file \\(SHT_NOBITS\\): table entries are initialised data" \
	"section-offset|section linktable_init_steps_0(_rw)?: offset [0-9]+ \\+ size [0-9]+ is past the end of the file" \
	"section-size|section linktable_init_steps_0(_rw)?: offset [0-9]+ \\+ size [0-9]+ is past the end of the file"; do
	IFS='|' read -r name msg <<<"$damage"
	if python3 tests/tool/corrupt.py "$name" "$good" "$D/$name" 2>"$D/$name.log"; then
		bad_file "$name" "$msg"
	else
		point 1 "$name: corrupt.py failed" "$(cat "$D/$name.log")"
	fi
done

# Any machine is read, but a PIE's pointers need its relocations: a
# machine whose relocations the tool does not know is refused when they
# matter (list reads no pointers).
if gcc -std=gnu11 -O2 -Iinclude -fpie -pie tests/tool/fixtures/good.c -o "$D/pie" 2>"$D/pie.log" &&
	python3 tests/tool/corrupt.py machine "$D/pie" "$D/machine"; then
	run "$LT" list "$D/machine"
	expect_rc 0 "machine 40: list reads it"
	run "$LT" check "$D/machine"
	expect_rc 2 "machine 40 (a relabelled x86-64 PIE): check refuses it"
	expect_err "machine 40 \(64-bit\): its dynamic relocations are not known to this tool" "machine 40: says why"
else
	point 1 "machine 40: PIE fixture" "$(cat "$D/pie.log")"
fi

# Metadata that lies: list still works (it reads no pointers), the
# commands that decode steps refuse.
for damage in "step-name|init step at 0x[0-9a-f]+: its name at 0xdeadbeef is not a string in the image" \
	"init-esize|init table init_steps: entries of 144 bytes, but struct linktable_init_step has 152 in a 64-bit image" \
	"step-deps|init step cr4_shadow: dependency list at 0x10 is not in the image"; do
	IFS='|' read -r name msg <<<"$damage"
	python3 tests/tool/corrupt.py "$name" "$good" "$D/$name"
	for cmd in check matrix graph "show init_steps"; do
		# shellcheck disable=SC2086
		run timeout 20 "$LT" ${cmd%% *} "$D/$name" $([ "$cmd" != "${cmd#show }" ] && echo "${cmd#show }")
		point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -Eq -- "^linktable: $D/$name: $msg" && echo 0 || echo 1)" \
			"$name: $cmd exits 2 with \"$msg\"" "exit $rc, stderr: $err"
	done
done

# 1025 steps sharing one 4095-name dependency list: 4.2 million names from
# a 200 KB file are refused, not collected (at most len / 2 + 65536).
python3 - >"$D/many-deps.c" <<'PY'
print('#include <linktable/step.h>\nLINKTABLE_INIT_TABLE_DEFINE();')
print('static const char *const deps[] = {' + '"x", ' * 4095 + '0 };')
for i in range(1025):
    print(f'LINKTABLE_ENTRY(init_steps, 0, s{i}) = {{ .name = "s{i}", .subarchs = 1, .depends = deps }};')
print('int main(void) { return 0; }')
PY
if gcc -std=gnu11 -O0 -Iinclude -fno-pie -no-pie "$D/many-deps.c" -o "$D/many-deps" 2>"$D/many-deps.log"; then
	run timeout 60 "$LT" check "$D/many-deps"
	expect_rc 2 "many-deps: refused"
	expect_err "init step s[0-9]+: more dependency names in all than a [0-9]+-byte file can hold: not a real program" "many-deps: says why"
else
	point 1 "many-deps: fixture builds" "$(cat "$D/many-deps.log")"
fi

# Boot protocol readers.
run "$LT" bzimage "$D/empty"
expect_rc 2 "bzimage: empty file"
expect_err "empty file" "bzimage: empty file says so"
run "$LT" bzimage "$D/a-directory"
expect_err "is a directory" "bzimage: directory"
head -c 1024 /dev/zero >"$D/zeros"
run "$LT" bzimage "$D/zeros"
expect_rc 2 "bzimage: zeros"
expect_err "not a bzImage: no 0xAA55 boot flag at 0x1fe" "bzimage: zeros: no boot flag"
run "$LT" bzimage tests/tool/fuzz/corpus-boot/bzimage-wrong-magic
expect_rc 2 "bzimage: wrong magic"
expect_err "not a bzImage: no \"HdrS\" magic at 0x202" "bzimage: wrong magic says so"
head -c 700 tests/tool/fuzz/corpus-boot/bzimage-small >"$D/bz-truncated"
run "$LT" bzimage "$D/bz-truncated"
expect_rc 2 "bzimage: truncated"
expect_err "truncated: 1 setup sectors need 1024 bytes, file has 700" "bzimage: truncated says by how much"
head -c 544 tests/tool/fuzz/corpus-boot/bzimage-small >"$D/bz-header-cut"
run "$LT" bzimage "$D/bz-header-cut"
expect_err "truncated setup header: 544 bytes, need 0x248" "bzimage: header cut short"
run "$LT" bootparams "$D/zeros"
expect_rc 2 "bootparams: wrong size"
expect_err "a boot_params zero page is 4096 bytes; this is 1024" "bootparams: wrong size says so"
head -c 4096 /dev/zero >"$D/zero-page-zeros"
run "$LT" bootparams "$D/zero-page-zeros"
expect_rc 2 "bootparams: all zeros"
expect_err "boot protocol version 0x0000 is not 2.00 .. 2.255: not a zero page" "bootparams: all zeros says why"
run "$LT" bootparams "$D/a-directory"
expect_rc 2 "bootparams: directory"

# Usage.
run "$LT"
expect_rc 2 "no arguments"
expect_err "^usage: linktable COMMAND" "no arguments: usage on stderr"
run "$LT" frobnicate x
expect_rc 2 "unknown command"
expect_err "unknown command \"frobnicate\"" "unknown command: says which"
run "$LT" list
expect_rc 2 "list without operand"
expect_err "^linktable: list: missing operand" "list without operand: says so"
run "$LT" list a b
expect_err "unexpected operand \"b\"" "list with two operands"
run "$LT" list --bogus "$good"
expect_rc 2 "unknown option"
expect_err "unknown option \"--bogus\"" "unknown option: says which"
run "$LT" graph --subarch martian "$good"
expect_rc 2 "unknown subarch"
expect_err "unknown subarch \"martian\"" "unknown subarch: says which"
run "$LT" graph --subarch 32 "$good"
expect_rc 2 "subarch out of range"
run "$LT" graph --format png "$good"
expect_err "unknown format \"png\" \(dot or json\)" "unknown graph format"
run "$LT" graph "$good" --subarch
expect_err "--subarch needs a subarch name" "--subarch without value"
run "$LT" list --subarch xen "$good"
expect_err "unknown option \"--subarch\"" "--subarch only where it means something"
run "$LT" show "$good"
expect_rc 2 "show without table"
run "$LT" show "$good" nope
expect_err "no table named \"nope\"" "show of an unknown table"
for cmd in list show check graph matrix bootparams bzimage; do
	run "$LT" "$cmd" --help
	point "$([ "$rc" = 0 ] && printf '%s\n' "$out" | grep -q "^usage: linktable $cmd " && echo 0 || echo 1)" "$cmd --help" "$out $err"
done
run "$LT" --help
expect_out "^  matrix " "--help lists the commands"
run "$LT" --version
expect_out "^linktable [0-9]+\.[0-9]+\.[0-9]+$" "--version"
run "$LT" list "$good" -- 
expect_rc 0 "-- ends the options"
run sh -c "'$LT' list '$good' >/dev/full"
expect_rc 2 "write error is reported"
expect_err "error writing output" "write error says so"
finish
