#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# "linktable seal" after the second link: a sealed image takes the plan
# over without hashing its table; sealing twice changes nothing; a wrong
# seal or a stale plan falls back (and seal refuses them); hostile images
# end with a clear message and exit 2, the file untouched.
set -u
. tests/tool/lib.sh
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
flags=(-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude)
core=build/lib/liblinktable-core.a
D=build/tests/tool/seal
rm -rf "$D"
mkdir -p "$D"

# link OUT EXTRA...: bench/boot/boot_plan.c with the 40 generated steps.
link() {
	local o=$1
	shift
	"$cc" "${flags[@]}" -o "$D/$o" bench/boot/boot_plan.c "$D/steps.c" "$@" "$core" 2>>"$D/cc.err"
}
# offset IMAGE: where seal says the seal field is (--json of a sealed image).
offset() { "$LT" seal --json "$1" | sed -n 's/.*"offset": \([0-9]*\).*/\1/p'; }
# poke IMAGE OFFSET: overwrite 8 bytes with 01 02 .. 08.
poke() { printf '\001\002\003\004\005\006\007\010' | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }
order() { sed 's/, [a-z -]*$//' "$1"; } # the boot's line without how it planned

python3 bench/boot/gen.py 40 >"$D/steps.c"
link first && "$D/first" >"$D/first.out" && "$LT" plan "$D/first" >"$D/plan.c"
point $? "first link plans at run time, linktable plan emits C" "$(cat "$D/cc.err")"

for pie in pie no-pie; do
	link "second-$pie" "$D/plan.c" "-f$pie" "-$pie" && cp "$D/second-$pie" "$D/unsealed-$pie"
	run "$D/second-$pie"
	point "$([ "$out" = "$(order "$D/first.out"), build-time plan" ] && echo 0 || echo 1)" \
		"$pie: unsealed, the second link takes the plan over after hashing the table" "$out"
	run "$LT" seal "$D/second-$pie"
	expect_rc 0 "$pie: seal accepts the second link"
	expect_out "sealed: the build-time plan matches the init table \(fingerprint 0x[0-9a-f]+, 40 steps\)" \
		"$pie: seal says what it checked"
	run "$D/second-$pie"
	point "$([ "$out" = "$(order "$D/first.out"), sealed build-time plan" ] && echo 0 || echo 1)" \
		"$pie: sealed, the plan is taken over with no hashing, the same order" "$out"
	cp "$D/second-$pie" "$D/sealed-$pie"
	run "$LT" seal "$D/second-$pie"
	expect_out "already sealed" "$pie: sealing again changes nothing"
	cmp -s "$D/second-$pie" "$D/sealed-$pie"
	point $? "$pie: the file is byte for byte the same"
	cmp -l "$D/unsealed-$pie" "$D/sealed-$pie" | awk 'END { exit !(NR >= 1 && NR <= 8) }'
	point $? "$pie: sealing changed nothing but the 8 bytes of the seal"
done
run "$LT" seal --json "$D/second-pie"
expect_json "seal --json is valid JSON"

# LTO may fold linktable_init_prebuilt away, and would fold a seal read
# as plain data: the plan stays findable by its section, the seal is read
# as the file holds it.
lto_cc=("$cc")
if command -v clang-16 >/dev/null && command -v ld.lld-16 >/dev/null; then
	lto_cc+=(clang-16)
elif [ "${CI:-}" = true ]; then
	point 1 "clang-16 and ld.lld-16 are installed (CI installs them)"
else
	skip_point "clang-16 or ld.lld-16 not installed: no clang LTO image"
fi
for c in "${lto_cc[@]}"; do
	ld=()
	[ "$c" = clang-16 ] && ld=(--ld-path="$(command -v ld.lld-16)")
	"$c" "${flags[@]}" -flto "${ld[@]}" -o "$D/lto-$c" bench/boot/boot_plan.c "$D/steps.c" "$D/plan.c" src/core/*.c \
		2>>"$D/cc.err" && "$LT" seal "$D/lto-$c" >/dev/null 2>>"$D/cc.err" && run "$D/lto-$c"
	point "$([ "${out:-}" = "$(order "$D/first.out"), sealed build-time plan" ] && echo 0 || echo 1)" \
		"$c -flto: sealed, the plan is taken over with no hashing" "${out:-} $(tail -3 "$D/cc.err")"
	out=""
done

# A seal tampered with: the boot checks the fingerprint instead; seal refuses.
cp "$D/sealed-pie" "$D/tampered"
poke "$D/tampered" "$(offset "$D/sealed-pie")"
run "$D/tampered"
point "$([ "$out" = "$(order "$D/first.out"), build-time plan" ] && echo 0 || echo 1)" \
	"a wrong seal is not trusted: the table is hashed (it matches: the plan is used)" "$out"
run "$LT" seal "$D/tampered"
expect_rc 1 "seal refuses an image whose seal is wrong"
expect_err "seal 0x807060504030201 is wrong .*altered after it was sealed; relink it" "... and says why"

# A stale plan: the table changed (41 steps), the old plan linked again.
python3 bench/boot/gen.py 41 >"$D/steps.c"
link stale "$D/plan.c" && link first41
run "$D/stale"
point "$([ "$out" = "$("$D/first41")" ] && echo 0 || echo 1)" "a stale plan is not used: planned at run time" "$out"
cp "$D/stale" "$D/stale.orig"
run "$LT" seal "$D/stale"
expect_rc 1 "seal fails the build on a stale plan"
expect_err "the build-time plan \(fingerprint 0x[0-9a-f]+, 40 steps\) does not match the init table \(fingerprint 0x[0-9a-f]+, 41 steps\): run \"linktable plan\"" \
	"... saying both fingerprints and what to do"
cmp -s "$D/stale" "$D/stale.orig"
point $? "... and leaves the file as it was"

# Hostile or wrong inputs: exit 2, a message, nothing written.
python3 bench/boot/gen.py 40 >"$D/steps.c"
run "$LT" seal "$D/first"
expect_rc 2 "no plan linked in (the first link)"
expect_err "linktable_init_prebuilt is NULL: no build-time plan is linked in" "... says so"
strip -o "$D/stripped" "$D/unsealed-pie"
run "$LT" seal "$D/stripped"
expect_out "sealed: the build-time plan matches" "a stripped image: the plan is found by its section"
run "$D/stripped"
expect_out "sealed build-time plan" "... and the stripped image takes it over sealed"
printf 'int main(void) { return 0; }\n' >"$D/noplan.c"
"$cc" "${flags[@]}" -o "$D/noplan" "$D/noplan.c" 2>>"$D/cc.err"
run "$LT" seal "$D/noplan"
expect_err "no section linktable_prebuilt_plan and no symbol linktable_init_prebuilt: no build-time plan is linked in" \
	"an image with neither the plan's section nor its symbol"
expect_rc 2 "... exit 2"
printf '__attribute__((used, section("linktable_prebuilt_plan"))) static const char tiny[4] = { 1 };\n' >"$D/tiny.c"
link tiny "$D/tiny.c"
run "$LT" seal "$D/tiny"
expect_err "section linktable_prebuilt_plan \(4 bytes\) is not a loaded plan" "a plan section too small for a plan"
printf 'const char linktable_init_prebuilt[3] = { 1, 2, 3 };\n' >"$D/small.c"
link small "$D/small.c"
run "$LT" seal "$D/small"
expect_err "linktable_init_prebuilt \(3 bytes at 0x[0-9a-f]+\) is not a readable pointer" "a 3-byte symbol is not a pointer"
printf 'const unsigned long linktable_init_prebuilt = 0x10;\n' >"$D/nowhere.c"
link nowhere "$D/nowhere.c" -fno-pie -no-pie
run "$LT" seal "$D/nowhere"
expect_err "the build-time plan at 0x10 is not 24 plain bytes in the image" "a plan pointer into nothing"
expect_rc 2 "... exit 2"
printf 'static int x;\nvoid *const fake[4] = { &x, &x, &x, &x };\nvoid *const *const linktable_init_prebuilt = fake;\n' \
	>"$D/relocated.c"
link relocated "$D/relocated.c" -fpie -pie
run "$LT" seal "$D/relocated"
expect_err "is not 24 plain bytes in the image" "a plan whose fields the loader relocates is refused"
# The section says one file offset, the segment another: no guessing.
cp "$D/unsealed-no-pie" "$D/disagree"
python3 - "$D/disagree" "$(offset "$D/sealed-no-pie")" <<'PY'
import struct, sys
path, off = sys.argv[1], int(sys.argv[2])
b = bytearray(open(path, 'rb').read())
phoff, phentsize, phnum = struct.unpack_from('<Q', b, 32)[0], *struct.unpack_from('<HH', b, 54)
for i in range(phnum):
    p = phoff + i * phentsize
    typ, _, offset, vaddr, _, filesz = struct.unpack_from('<IIQQQQ', b, p)
    if typ == 1 and offset <= off < offset + filesz:
        struct.pack_into('<Q', b, p + 8, offset + 16)
open(path, 'wb').write(b)
PY
cp "$D/disagree" "$D/disagree.orig"
run "$LT" seal "$D/disagree"
expect_err "no loadable segment maps 0x[0-9a-f]+ from file offset [0-9]+ as section .* says" \
	"section and segment headers that disagree are refused"
cmp -s "$D/disagree" "$D/disagree.orig"
point $? "... and nothing is written"
cp "$D/unsealed-pie" "$D/readonly" && chmod a-w "$D/readonly"
if [ "$(id -u)" != 0 ]; then
	run "$LT" seal "$D/readonly"
	expect_err "cannot open for writing: Permission denied" "a read-only image: cannot open for writing"
else
	skip_point "root writes read-only files"
fi
run "$LT" seal "$D"
expect_err "not a regular file|Is a directory" "a directory is refused"
expect_rc 2 "... exit 2"
mkfifo "$D/fifo"
run timeout 10 "$LT" seal "$D/fifo"
expect_err "not a regular file" "a FIFO is refused without waiting for a writer"
head -c 3000 "$D/unsealed-pie" >"$D/truncated"
run "$LT" seal "$D/truncated"
expect_rc 2 "a truncated image"
run "$LT" seal "$D/missing"
expect_err "cannot open for writing: No such file" "a missing file"
"$cc" "${flags[@]}" -c -o "$D/object.o" "$D/plan.c"
run "$LT" seal "$D/object.o"
expect_err "a relocatable object, not a linked image" "an object file"
run "$LT" seal
expect_rc 2 "no operand: usage error"
echo "1..$n"
