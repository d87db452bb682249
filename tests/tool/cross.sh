#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The tool reads images of other machines in their own layout: the fixture
# built by Debian's cross compilers - aarch64, armhf and i686 (32-bit, REL
# relocations), riscv64, s390x (big-endian) - as PIE and as a static
# executable, must give the same answers from list, show, check, graph and
# matrix (text and JSON) as the x86-64 build, addresses and entry sizes
# aside.  A missing cross compiler is a skip locally and a failure under
# CI=true (.ci/run installs them).
set -u
. tests/tool/lib.sh
D=build/tests/tool/cross
rm -rf "$D"
mkdir -p "$D"
CF=(-std=gnu11 -O2 -Iinclude)

# answers IMAGE: every command's output, with what a machine may change
# normalised: addresses, the file name, entry sizes and alignments, table
# and range byte counts (code size differs), column padding.
answers() {
	local img=$1 c
	for c in "list @" "list --json @" "show @ init_steps" "show --json @ init_steps" "check @" "check --json @" "graph @" \
		"graph --format json @" "graph --subarch xen @" "matrix @" "matrix --json @"; do
		echo "== $c"
		# shellcheck disable=SC2086
		"$LT" ${c/@/$img} 2>&1
		echo "exit $?"
	done | python3 -c '
import re, sys
img = sys.argv[1]
cmd = ""
for line in sys.stdin:
    line = line.rstrip("\n").replace(img, "IMAGE")
    if line.startswith("== "):
        cmd = line
    line = re.sub(r"0x[0-9a-f]+", "ADDR", line)
    line = re.sub(r"\"(entry_size|entry_align|bytes|size|count_bytes)\": [0-9]+", r"\"\1\": N", line)
    line = re.sub(r"(init steps|entries) of [0-9]+ bytes", r"\1 of N bytes", line)
    line = re.sub(r"multiple of the [0-9]+-byte", "multiple of the N-byte", line)
    if cmd == "== list @":
        f = line.split()
        # sizes, alignments and byte counts in columns (list --json
        # compares the counts)
        line = " ".join("N" if w.isdigit() else w for w in f)
    print(" ".join(line.split()))
' "$img"
}

# good.c obeys every rule; bad.c breaks them (cycles, missing and
# wrong-subarch dependencies, layout): check's findings must match too.
for fx in good bad; do
	F=tests/tool/fixtures/$fx.c
	if ! gcc "${CF[@]}" "$F" -o "$D/$fx-x86_64" 2>"$D/$fx-x86_64.log"; then
		point 1 "$fx: x86-64 fixture builds" "$(cat "$D/$fx-x86_64.log")"
		continue
	fi
	answers "$D/$fx-x86_64" >"$D/$fx.want"
	point "$(grep -q "^exit 2" "$D/$fx.want" && echo 1 || echo 0)" "$fx: every command reads the x86-64 build" "$(grep -B3 '^exit 2' "$D/$fx.want" | head)"
	for cc in aarch64-linux-gnu-gcc arm-linux-gnueabihf-gcc i686-linux-gnu-gcc riscv64-linux-gnu-gcc s390x-linux-gnu-gcc; do
		arch=${cc%%-*}
		if ! command -v "$cc" >/dev/null; then
			if [ "${CI:-}" = true ]; then
				point 1 "$cc is installed (CI=true: required)"
			else
				skip_point "$cc not installed"
			fi
			continue
		fi
		for kind in pie static; do
			img=$D/$fx-$arch-$kind
			# shellcheck disable=SC2046
			if ! "$cc" "${CF[@]}" $([ $kind = static ] && echo -static) "$F" -o "$img" 2>"$img.log"; then
				point 1 "$fx $arch $kind: fixture builds" "$(cat "$img.log")"
				continue
			fi
			answers "$img" >"$img.answers"
			point "$(diff "$D/$fx.want" "$img.answers" >"$img.diff" && echo 0 || echo 1)" \
				"$fx $arch $kind ($(file -b "$img" | cut -d, -f1-2)): list, show, check, graph, matrix agree with x86-64" \
				"$(head -20 "$img.diff")"
		done
	done
done
# The entries really are decoded in the image's layout: a 32-bit image
# has 84-byte steps, and its dependency names come through its REL
# relocations (PIE) or its plain words (static).
if [ -e "$D/good-i686-pie" ]; then
	run "$LT" show "$D/good-i686-pie" init_steps
	expect_out "^init_steps: 4 init steps of 84 bytes$" "i686: 84-byte init steps (32-bit pointers, with .provides and .uses)"
	expect_out "depends=memory" "i686 PIE: dependency names read through R_386_RELATIVE (REL) relocations"
fi
if [ -e "$D/good-s390x-pie" ]; then
	run "$LT" show --json "$D/good-s390x-pie" init_steps
	expect_out '"line": [1-9][0-9]*' "s390x: 32-bit fields read big-endian (a line number, not a byte-swapped one)"
fi
finish
