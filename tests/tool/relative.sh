#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# "linktable show" on a relative table (tests/tool/fixtures/relative.c):
# each entry is a 32-bit offset from itself to a function, and show must
# give the function's address (as nm has it) and name, in text and JSON,
# for every kind of image - non-PIE, PIE, static, shared object, each
# linker, stripped (no names, same addresses) - and in the image's own
# layout: the cross compilers' 32-bit (i686, armhf: Thumb addresses are
# odd) and big-endian (s390x) images.  Hostile offsets point outside the
# image: a marker, not a crash; a relative descriptor with 8-byte entries
# is refused; notes merged into another note section (as vmlinux's .notes)
# are read.  A missing cross compiler is a skip locally, a failure under
# CI=true.
set -u
. tests/tool/lib.sh
D=build/tests/tool/relative
rm -rf "$D"
mkdir -p "$D"
FX=tests/tool/fixtures/relative.c
CF=(-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude)
HOOKS=(hook_first:1 hook_middle_a:5 hook_middle_b:5 hook_last:40)

# decoded IMAGE NM_OF WHAT: show's text and JSON give every hook's address
# (from nm on NM_OF, the unstripped image) at its level, in order.
decoded() {
	local img=$1 syms=$2 what=$3 i=0 h fn level addr name
	run "$LT" show "$img" hooks
	expect_rc 0 "$what: show"
	expect_out "^hooks: 4 entries of 4 bytes \(hook_fn\)$" "$what: 4 entries of 4 bytes"
	for h in "${HOOKS[@]}"; do
		fn=${h%:*} level=${h#*:}
		addr=$(nm "$syms" | sed -n "s/^0*\([0-9a-f]*\) [Tt] $fn\$/\1/p")
		name=$([ "$img" = "$syms" ] && echo "$fn" || echo -)
		expect_out "^\[$i\] level $level  0x[0-9a-f]+  -> 0x$addr  $name  in \.text$" \
			"$what: entry $i (level $level) leads to $fn at 0x$addr (nm), shown as $name"
		i=$((i + 1))
	done
	run "$LT" show --json "$img" hooks
	point "$(printf '%s' "$out" | python3 -c '
import json, sys
d = json.load(sys.stdin)
e = d["entries"]
def target_ok(x):  # the sum wraps at 32 bits in a 32-bit image
    t, s = int(x["target"], 16), int(x["address"], 16) + x["offset"]
    return x["problem"] is None and x["section"] == ".text" and t in (s, s % 2**32)
ok = d["kind"] == "relative" and len(e) == 4 and all(target_ok(x) for x in e)
want = sys.argv[1].split()
ok = ok and [x["symbol"] for x in e] == ([w if w != "-" else None for w in want])
sys.exit(0 if ok else 1)' "$(for h in "${HOOKS[@]}"; do [ "$img" = "$syms" ] && echo "${h%:*}" || echo -; done)" && echo 0 || echo 1)" \
		"$what: show --json: kind relative, target = address + offset in .text, the functions' names" "$out"
}

# one NAME CC FLAGS...: build, then check the image and its stripped copy.
one() {
	local name=$1 cc=$2 img=$D/$1
	shift 2
	if ! command -v "$cc" >/dev/null; then
		if [ "${CI:-}" = true ]; then point 1 "$cc is installed (CI=true: required)"; else skip_point "$name: $cc not installed"; fi
		return
	fi
	if ! "$cc" "${CF[@]}" "$@" "$FX" -o "$img" 2>"$img.log"; then
		point 1 "$name: fixture builds" "$(cat "$img.log")"
		return
	fi
	decoded "$img" "$img" "$name ($(file -b "$img" | cut -d, -f1-2))"
	"${cc%gcc}strip" -o "$img-stripped" "$img" 2>/dev/null || strip -o "$img-stripped" "$img"
	decoded "$img-stripped" "$img" "$name stripped"
}

one gcc-nopie gcc -fno-pie -no-pie
one gcc-pie gcc -fPIE -pie
one gcc-static gcc -static
one gcc-shared.so gcc -fPIC -shared -DFIXTURE_SHARED
one gold gcc -fuse-ld=gold
one mold gcc -fuse-ld=mold
one clang-lld clang -fuse-ld=lld
one clang-lld-shared.so clang -fuse-ld=lld -fPIC -shared -DFIXTURE_SHARED
for cc in aarch64-linux-gnu-gcc arm-linux-gnueabihf-gcc i686-linux-gnu-gcc riscv64-linux-gnu-gcc s390x-linux-gnu-gcc; do
	one "${cc%%-*}" "$cc"
done

# Hostile offsets and descriptors, on the non-PIE x86-64 image.
if [ -e "$D/gcc-nopie" ]; then
	python3 tests/tool/corrupt.py rel-offset "$D/gcc-nopie" "$D/rel-offset"
	run "$LT" show "$D/rel-offset" hooks
	expect_rc 0 "an offset 2 GiB away: show still ends cleanly"
	expect_out "^\[0\] level 1  0x[0-9a-f]+  -> 0x[0-9a-f]+  \(outside the image: offset 2147483392\)$" \
		"an offset 2 GiB away is marked outside the image"
	expect_out "^\[3\] level 40  0x[0-9a-f]+  -> 0x[0-9a-f]+  hook_last  in \.text$" "the entries after it are still decoded"
	run "$LT" show --json "$D/rel-offset" hooks
	expect_json "an offset 2 GiB away: show --json is JSON"
	expect_out '"problem": "target outside every section of the image"' "show --json names the problem"
	python3 tests/tool/corrupt.py rel-esize "$D/gcc-nopie" "$D/rel-esize"
	run "$LT" show "$D/rel-esize" hooks
	expect_rc 2 "a relative descriptor with 8-byte entries is refused"
	expect_err "relative table hooks: entries of 8 bytes aligned to 4 \(must be 4 and 4\)" "and says why"
fi

# A linker script may gather every .note.* into one note section of its own,
# as Linux's vmlinux does (.notes: Xen's notes, the build id, linktable's):
# the tables are still found there, after another owner's note, and bytes
# at the end that are no note (not linktable's) do not fail the image.
if [ -e "$D/gcc-nopie" ]; then
	objcopy -O binary --only-section=.note.linktable "$D/gcc-nopie" "$D/ours.bin"
	python3 -c '
import struct, sys
ours = open(sys.argv[1], "rb").read()
xen = struct.pack("<III", 4, 4, 1) + b"Xen\0" + b"\1\2\3\4"
open(sys.argv[2], "wb").write(xen + ours + b"\7" * 7)' "$D/ours.bin" "$D/notes.bin"
	objcopy --remove-section .note.linktable --add-section .notes="$D/notes.bin" \
		--set-section-flags .notes=alloc,readonly "$D/gcc-nopie" "$D/notes-merged" 2>/dev/null
	run "$LT" list "$D/notes-merged"
	expect_rc 0 "linktable notes merged into a .notes section (as in vmlinux): list"
	expect_out "^hooks +relative +hook_fn +4 +4 +4 +16 +ok$" "the relative table is found among another owner's notes"
	run "$LT" check "$D/notes-merged"
	expect_rc 0 "check reads it too, and finds no undefined table"
fi
finish
