#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Every ELF image readelf reads, the tool reads (issue 19): extended section
# numbering - e_shnum 0 with the count in section 0's sh_size, e_shstrndx
# SHN_XINDEX with the index in section 0's sh_link, symbols whose section
# index is in SHT_SYMTAB_SHNDX - written by the real assembler and linker
# (70,000 sections) and by tests/tool/elfhdr.py, in both classes and byte
# orders.  Every malformed header is an error with exit 2 from every
# command, never "no linktable tables" and 0.
set -u
. tests/tool/lib.sh
D=build/tests/tool/elf-headers
rm -rf "$D"
mkdir -p "$D"
CF=(-std=gnu11 -O2 -Iinclude)
GOOD=tests/tool/fixtures/good.c

# answers IMAGE: what every reading command says, the file name aside.
answers() {
	local c
	for c in "list @" "list --json @" "show @ init_steps" "show @ frobs" "show --json @ frobs" "check @" \
		"check --json @" "graph @" "graph --format json @" "matrix @" "matrix --json @" "plan @"; do
		echo "== $c"
		# shellcheck disable=SC2086
		"$LT" ${c/@/$1} 2>&1
		echo "exit $?"
	done | sed "s|$1|IMAGE|g"
}

# --- 1. The real assembler and linker: more than 0xff00 sections ----------
python3 -c '
for i in range(70000):
    print(f".section .t{i},\"a\"\n.byte {i % 256}")
' >"$D/many.s"
if as "$D/many.s" -o "$D/many.o" 2>"$D/many.log" &&
	gcc "${CF[@]}" -o "$D/many" "$D/many.o" "$GOOD" -Wl,--unique=.t* 2>>"$D/many.log" &&
	gcc "${CF[@]}" -o "$D/plain" "$GOOD" 2>>"$D/many.log"; then
	readelf -h "$D/many" >"$D/many.readelf"
	point "$(grep -Eq 'Number of section headers: +0 \(700[0-9][0-9]\)' "$D/many.readelf" &&
		grep -Eq 'Section header string table index: 65535 \(700[0-9][0-9]\)' "$D/many.readelf" && echo 0 || echo 1)" \
		"gcc + ld --unique: 70,000+ sections, extended numbering (readelf reads it)" "$(cat "$D/many.readelf")"
	readelf -s "$D/many" | grep -E ' frob_(first|late)$' >"$D/many.syms"
	point "$(awk '$7 >= 65280' "$D/many.syms" | grep -q frob && echo 0 || echo 1)" \
		"... whose entries' symbols are in sections past 0xff00 (SHN_XINDEX)" "$(cat "$D/many.syms")"
	answers "$D/many" >"$D/many.answers"
	answers "$D/plain" >"$D/plain.answers"
	# addresses and section counts differ; everything else is the same
	norm() { sed -E 's/0x[0-9a-f]+/ADDR/g; s/"(address|detect|early_init|setup_arch|late_init)": "ADDR"/"\1": A/g' "$1"; }
	point "$(diff <(norm "$D/plain.answers") <(norm "$D/many.answers") >"$D/many.diff" && echo 0 || echo 1)" \
		"the 70,000-section image: every command says what it says of the plain build" "$(head -20 "$D/many.diff")"
	run "$LT" show "$D/many" frobs
	expect_out "^\[[01]\] level 0  0x[0-9a-f]+  frob_first  " "show names entries by symbols whose section index is in SHT_SYMTAB_SHNDX"
	run "$LT" check "$D/many.o"
	expect_rc 2 "the 70,000-section object from as: read, and refused as a relocatable object"
	expect_err "a relocatable object, not a linked image" "... saying so (not \"no section headers\")"
else
	point 1 "as and ld build the 70,000-section image" "$(cat "$D/many.log")"
fi

# --- 2. Extended numbering written by elfhdr.py, every class and byte order --
imgs=()
gcc "${CF[@]}" -o "$D/x86_64" "$GOOD" 2>"$D/cc.log" && imgs+=(x86_64)
for cc in i686-linux-gnu-gcc s390x-linux-gnu-gcc; do
	arch=${cc%%-*}
	if ! command -v "$cc" >/dev/null; then
		if [ "${CI:-}" = true ]; then point 1 "$cc is installed (CI=true: required)"; else skip_point "$cc not installed"; fi
		continue
	fi
	"$cc" "${CF[@]}" -o "$D/$arch" "$GOOD" 2>>"$D/cc.log" && imgs+=("$arch")
done
for a in "${imgs[@]}"; do
	python3 tests/tool/elfhdr.py extended "$D/$a" "$D/$a-ext"
	readelf -h -S "$D/$a-ext" >"$D/$a-ext.readelf" 2>&1
	point "$(grep -Eq 'Number of section headers: +0 \([0-9]+\)' "$D/$a-ext.readelf" && ! grep -q -i 'warning\|error' "$D/$a-ext.readelf" && echo 0 || echo 1)" \
		"$a ($(file -b "$D/$a" | cut -d, -f1)): extended numbering that readelf reads without a warning" "$(head -20 "$D/$a-ext.readelf")"
	answers "$D/$a" >"$D/$a.answers"
	answers "$D/$a-ext" >"$D/$a-ext.answers"
	point "$(diff "$D/$a.answers" "$D/$a-ext.answers" >"$D/$a.diff" && ! grep -q '^exit 2' "$D/$a.answers" && echo 0 || echo 1)" \
		"$a extended: every command says exactly what it says of the original" "$(head -20 "$D/$a.diff")"
done

# --- 3. Malformed headers: exit 2 from every command, a message ---------------
declare -A why=(
	[shstrndx-range]="section name table index [0-9]+ is out of range"
	[shstrndx-zero]="no section name table \(e_shstrndx is 0\)"
	[shstrndx-progbits]="the section name table, is not a string table"
	[ext-shstrndx-range]="section name table index [0-9]+ is out of range"
	[ext-count-zero]="e_shnum is 0 and section 0 gives no count"
	[ext-count-huge]="section headers out of range \(offset [0-9]+, 4294967295 headers"
	[name-range]="name offset [0-9]+ is outside the section name table"
	[phoff-range]="program headers out of range"
	[phentsize]="program header size 12 is not"
)
for a in "${imgs[@]}"; do
	for edit in "${!why[@]}"; do
		img=$D/$a-$edit
		python3 tests/tool/elfhdr.py "$edit" "$D/$a" "$img"
		cp "$img" "$img.orig"
		bad=""
		for c in "list @" "list --json @" "show @ init_steps" "check @" "check --json @" "graph @" \
			"graph --format json @" "matrix @" "matrix --json @" "plan @" "plan --json @" "seal @" "seal --json @"; do
			# shellcheck disable=SC2086
			run "$LT" ${c/@/$img}
			if [ "$rc" != 2 ] || ! printf '%s\n' "$err" | grep -Eq -- "${why[$edit]}"; then
				bad+="$c: exit $rc: $err$(printf '\n')"
			fi
		done
		cmp -s "$img" "$img.orig" || bad+="seal changed the file"
		point "$([ -z "$bad" ] && echo 0 || echo 1)" "$a $edit: every command exits 2 saying /${why[$edit]}/" "$bad"
	done
done
finish
