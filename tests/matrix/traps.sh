#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/matrix/traps.sh - the controls: what happens to a linker table built
# WITHOUT each of linktable's precautions (tests/matrix/trap.c), on this
# machine's toolchains.  Prints a Markdown section for docs/toolchains.md.
# Observations, not tests: each cell is what the toolchain did.
set -u
cd "$(dirname "$0")/../.."
dir=${MATRIX_OUT:-build/matrix}/traps
rm -rf "$dir"
mkdir -p "$dir"
linkers="bfd gold lld mold"

# trap CC LD FLAGS...: build the entries object and the main program with
# FLAGS and run it; prints its "bytes gap size" line, or "error: <first line>".
trap_run() {
	local cc=$1 ld=$2
	shift 2
	if "$cc" -O2 "$@" -DTRAP_ENTRIES -c tests/matrix/trap.c -o "$dir/e.o" 2>"$dir/log" &&
		"$cc" -O2 "$@" -c tests/matrix/trap.c -o "$dir/m.o" 2>>"$dir/log" &&
		"$cc" -O2 -fuse-ld="$ld" "$@" "$dir/e.o" "$dir/m.o" -o "$dir/t" 2>>"$dir/log" &&
		"$dir/t" 2>>"$dir/log"; then
		return
	fi
	echo "error: $(grep -m1 -iE 'error|undefined' "$dir/log" | cut -c1-80)"
}
# Entries found of 3, from "bytes gap size".
found() {
	local bytes gap size
	read -r bytes gap size <<<"$1"
	case "$bytes" in
	error:) echo "${1#error: }" ;;
	*) [ $((bytes / size)) -eq 3 ] && echo "3 of 3" || echo "**$((bytes / size)) of 3**" ;;
	esac
}
gcflags() {
	echo -ffunction-sections -fdata-sections -Wl,--gc-sections
	case $1 in bfd | lld) echo -Wl,-z,start-stop-gc ;; esac
}
sec='-DTRAP_SEC="trap_tbl"'

echo "## Controls: the same table without linktable's precautions"
echo
echo "Built from tests/matrix/trap.c by tests/matrix/traps.sh: three 16-byte entries in their"
echo "own object file, written with only the attributes named, and a main program that"
echo "reads the section's \`__start_\`/\`__stop_\` bounds. What each toolchain did:"
echo
echo "### Entries that nothing refers to (found of 3)"
echo
echo "| compiler + linker | no attribute, -O2 | no attribute, -O2 -flto | \`used\`, gc | \`used, retain\`, gc |"
echo "|---|---|---|---|---|"
for cc in gcc clang; do
	for ld in $linkers; do
		a=$(found "$(trap_run $cc $ld -DTRAP_SIZE=16 "$sec" -DTRAP_ATTRS=)")
		b=$(found "$(trap_run $cc $ld -DTRAP_SIZE=16 "$sec" -DTRAP_ATTRS= -flto)")
		c=$(found "$(trap_run $cc $ld -DTRAP_SIZE=16 "$sec" -DTRAP_ATTRS=,used $(gcflags $ld))")
		d=$(found "$(trap_run $cc $ld -DTRAP_SIZE=16 "$sec" -DTRAP_ATTRS=,used,retain $(gcflags $ld))")
		echo "| $cc + $ld | $a | $b | $c | $d |"
	done
done
echo
echo "gc = \`-ffunction-sections -fdata-sections -Wl,--gc-sections\`, with \`-z start-stop-gc\` for"
echo "bfd and lld. (An error is the toolchain's own: it cannot do that link at all.)"
echo
echo "### Layout: distance between two consecutive entries (bytes)"
echo
echo "| compiler | 40-byte entries, \`used\` | + \`aligned(8)\` | ASan, section \`.trap.tbl\` | ASan, section \`trap_tbl\` | ASan, \`.trap.tbl\` + \`no_sanitize(\"address\")\` |"
echo "|---|---|---|---|---|---|"
gap() { local bytes g size; read -r bytes g size <<<"$1"; [ "$bytes" = error: ] && echo "${1#error: }" || echo "$g (sizeof $size)"; }
for cc in gcc clang; do
	a=$(gap "$(trap_run $cc bfd -DTRAP_GAP -DTRAP_SIZE=40 "$sec" -DTRAP_ATTRS=,used)")
	b=$(gap "$(trap_run $cc bfd -DTRAP_GAP -DTRAP_SIZE=40 "$sec" '-DTRAP_ATTRS=,used,aligned(8)')")
	asan=(-DTRAP_GAP -DTRAP_SIZE=16 -fsanitize=address)
	c=$(gap "$(trap_run $cc bfd "${asan[@]}" '-DTRAP_SEC=".trap.tbl"' -DTRAP_ATTRS=,used)")
	d=$(gap "$(trap_run $cc bfd "${asan[@]}" "$sec" -DTRAP_ATTRS=,used)")
	e=$(gap "$(trap_run $cc bfd "${asan[@]}" '-DTRAP_SEC=".trap.tbl"' '-DTRAP_ATTRS=,used,no_sanitize("address")')")
	echo "| $cc | $a | $b | $c | $d | $e |"
done
echo
echo "### Orphan sections: address order of levels defined as 5, 10, 2"
echo
echo "| compiler | $(echo $linkers | sed 's/ / | /g') |"
echo "|---|---|---|---|---|"
for cc in gcc clang; do
	line="| $cc |"
	for ld in $linkers; do
		if $cc -O2 -DTRAP_ORDER -fuse-ld=$ld tests/matrix/trap.c -o "$dir/o" 2>"$dir/log"; then
			line="$line $("$dir/o") |"
		else
			line="$line error |"
		fi
	done
	echo "$line"
done
echo
echo "No linker sorts these sections by their number. bfd, gold and lld keep the order in"
echo "which the sections first appear in the input (gcc emitted this file's variables last"
echo "first, clang in source order); mold gave the order of the names as text. Hence one"
echo "section per level, each walked through its own bounds in level order."
echo
echo "### Pointer entries in a PIE: read-only after relocation (RELRO)?"
echo
echo "tests/matrix/trap_relro.c: two pointer entries in a writable section \`trap_tbl\`,"
echo "\`gcc -O2 -fPIE -pie\`. Is the section inside the \`GNU_RELRO\` segment, and does the"
echo "program still print its two entries (in the order the compiler emitted them)?"
echo
echo "| linker | plain \`\"aw\"\` section: in RELRO | runs | type \`SHT_INIT_ARRAY\`: in RELRO | runs |"
echo "|---|---|---|---|---|"
# in_relro BIN: yes/no: trap_tbl is in the section list of the GNU_RELRO segment.
in_relro() {
	readelf -lW "$1" | awk '
		/^  [A-Z_]+ / && !/Section to Segment/ { seg[n++] = $1 }
		/^   [0-9][0-9]  / { if (seg[$1 + 0] == "GNU_RELRO") for (i = 2; i <= NF; i++) if ($i == "trap_tbl") yes = 1 }
		END { print yes ? "yes" : "no" }'
}
relro_runs() { # BIN: what it printed, or how it died
	local out rc
	out=$(timeout 10 "$1" 2>/dev/null)
	rc=$?
	[ $rc -eq 0 ] && echo "$out" | sed 's/ *$//' || echo "**crashed (exit $rc)**"
}
for ld in $linkers; do
	line="| $ld |"
	for variant in plain init_array; do
		def=()
		[ $variant = init_array ] && def=(-DTRAP_INIT_ARRAY)
		if gcc -O2 -fPIE -pie -fuse-ld=$ld "${def[@]}" tests/matrix/trap_relro.c -o "$dir/relro" 2>"$dir/log"; then
			line="$line $(in_relro "$dir/relro") | $(relro_runs "$dir/relro") |"
		else
			line="$line error | - |"
		fi
	done
	echo "$line"
done
echo
echo "Without a linker script no linker makes a plain writable section with a C-identifier"
echo "name RELRO. Typed \`SHT_INIT_ARRAY\`, gold, lld and mold do - but gold and mold also"
echo "run its entries as constructors (the program crashes), and bfd leaves it writable."
echo "Hence linktable write-protects pointer entries of a PIE itself, with \`mprotect()\` after"
echo "relocation, between page-aligned guard sections (docs/design.md, \"Write protection\"), and"
echo "relative tables, which need no relocation, are read-only without it."
