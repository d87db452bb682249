#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The linktable command on real images: the fixture tests/tool/fixtures/good.c
# built as PIE, non-PIE, static, static PIE, shared object, with RELR, LTO
# and --gc-sections, with GNU ld, gold, lld and mold, each also stripped; and
# tests/tool/fixtures/bad.c, which breaks every rule once.  Counts are
# cross-checked against readelf's section sizes, source lines against grep.
set -u
. tests/tool/lib.sh
FX=build/tests/tool/fixtures
mkdir -p "$FX"
CFLAGS="-std=gnu11 -Wall -Wextra -Werror -O2 -g -Iinclude"
GOOD=tests/tool/fixtures/good.c

# build NAME COMPILER FLAGS...: one fixture variant; 1 if the toolchain is missing.
build() {
	local name=$1 cc=$2
	shift 2
	command -v "$cc" >/dev/null || return 1
	"$cc" $CFLAGS "$@" -o "$FX/$name" >"$FX/$name.log" 2>&1 || return 1
	strip -o "$FX/$name-stripped" "$FX/$name" 2>>"$FX/$name.log" || return 1
}

# Entries of TABLE by readelf: the sizes of its level sections / entry size.
readelf_count() {
	local bytes=0 size
	for size in $(readelf -S -W "$1" | awk -v t="linktable_$2_" '
		{ for (i = 1; i < NF; i++) if (index($i, t) == 1 && substr($i, length(t) + 1) ~ /^[0-9]+(_rw)?$/) print $(i + 4) }'); do
		bytes=$((bytes + 16#$size))
	done
	echo $((bytes / $3))
}

line_of() { grep -n "^STEP($1," "$GOOD" | cut -d: -f1; }

check_variant() {
	local f=$1 what=$2 stripped=$3 want
	run "$LT" list "$f"
	expect_rc 0 "$what: list"
	want=$(readelf_count "$f" frobs 24)
	expect_out "^frobs +plain +struct frob +24 +8 +$want +$((want * 24)) +ok$" "$what: list counts $want frobs like readelf"
	want=$(readelf_count "$f" init_steps 152)
	expect_out "^init_steps +init +struct linktable_init_step +152 +8 +$want +" "$what: list counts $want init steps like readelf"
	run "$LT" list --json "$f"
	expect_json "$what: list --json is JSON"
	run "$LT" check "$f"
	expect_rc 0 "$what: check is clean"
	run "$LT" show "$f" init_steps
	expect_out "level 2  xen_console  at .*good\.c:$(line_of xen_console)  subarchs=xen  flags=finish-if-detected  depends=memory,cr4_shadow  detect=0x[0-9a-f]+  early_init=0x" \
		"$what: show decodes xen_console (name, file:line, subarchs, flags, deps, callbacks)"
	expect_out "level 3  kasan  .*depends=memory  soft=cr4_shadow,not_linked_in  late_init=0x" "$what: show decodes soft dependencies"
	# callback pointers through relocations (R_X86_64_64 in a shared object,
	# RELATIVE in a PIE, absolute otherwise) give nm's address
	want=$(nm "${f%-stripped}" | sed -n 's/^0*\([0-9a-f]*\) [Tt] setup_memory$/\1/p')
	expect_out "level 0  memory  .*early_init=0x$want\(init_text\)$" "$what: memory's early_init is setup_memory (0x$want, by nm), in range init_text"
	run "$LT" show "$f" frobs
	expect_out "^\[[0-9]\] level 7  0x[0-9a-f]+  $([ "$stripped" = 1 ] && echo - || echo frob_late)  " \
		"$what: show frobs names level 7's entry $([ "$stripped" = 1 ] && echo '-' || echo 'frob_late')"
	expect_no_out "^\[3\] level 42  0x[0-9a-f]+  [^ ]+  0{16}" "$what: show frobs: the name pointer is shown as loaded (relocation applied)"
	expect_out "^\[3\] level 42  0x[0-9a-f]+  $([ "$stripped" = 1 ] && echo - || echo frob_last)  [0-9a-f]{16}0400000000000000" \
		"$what: show frobs: last entry at level 42, $([ "$stripped" = 1 ] && echo 'no symbol after strip' || echo 'named from .symtab'), its bytes"
}

variants=(
	"gcc-pie|gcc|-fPIE -pie"
	"gcc-nopie|gcc|-fno-pie -no-pie"
	"gcc-static|gcc|-static"
	"gcc-static-pie|gcc|-fPIE -static-pie"
	"gcc-shared.so|gcc|-fPIC -shared -DFIXTURE_SHARED"
	"gcc-relr|gcc|-fPIE -pie -Wl,-z,pack-relative-relocs"
	"gcc-lto-gc|gcc|-flto -ffunction-sections -fdata-sections -Wl,--gc-sections"
	"gold|gcc|-fuse-ld=gold"
	"mold|gcc|-fuse-ld=mold"
	"clang-lld|clang|-fuse-ld=lld"
	"clang-lld-shared.so|clang|-fuse-ld=lld -fPIC -shared -DFIXTURE_SHARED"
)
for v in "${variants[@]}"; do
	IFS='|' read -r name cc flags <<<"$v"
	# shellcheck disable=SC2086
	if ! build "$name" "$cc" $flags "$GOOD"; then
		skip_point "$name: toolchain cannot build it here ($(tail -1 "$FX/$name.log" 2>/dev/null))"
		continue
	fi
	check_variant "$FX/$name" "$name" 0
	check_variant "$FX/$name-stripped" "$name stripped" 1
done

# A program that breaks every rule once.
build bad gcc -fno-pie -no-pie tests/tool/fixtures/bad.c || echo "# cannot build bad.c: $(cat "$FX/bad.log")"
B=$FX/bad
line() { grep -n "$1" tests/tool/fixtures/bad.c | head -1 | cut -d: -f1; }
run "$LT" check "$B"
expect_rc 1 "bad: check finds broken rules"
expect_out "^bad\.c:$(line 'STEP(nowhere'): error: init step 'nowhere' supports no subarch: it would never run \[subarchs\]$" "bad: step without subarchs, with file:line"
expect_out "^bad\.c:[0-9]+: error: dependency cycle: (ring_a -> ring_b -> ring_c -> ring_a|ring_b -> ring_c -> ring_a -> ring_b|ring_c -> ring_a -> ring_b -> ring_c) \(each step depends on the next\) \[cycle\]$" "bad: the whole cycle is printed"
expect_out "^bad\.c:$(line 'STEP(orphaned'): error: init step 'orphaned' depends on 'ghost', which is not linked in \[missing\]$" "bad: missing hard dependency"
expect_out "duplicate init step name 'twin': declared at bad\.c:[0-9]+ and at bad\.c:[0-9]+ \[duplicates\]$" "bad: duplicate names"
expect_out "init step 'early_user' \(level 10\) depends on 'late_dep' \(level 20, bad\.c:$(line 'STEP(late_dep')\): a dependency must not have a higher order level than its dependent \[level\]$" "bad: level rule"
expect_out "^bad\.c:$(line 'STEP(xen_feature'): error: init step 'xen_feature' supports xen, but its hard dependency 'pc_only' \(bad\.c:$(line 'STEP(pc_only')\) does not: 'xen_feature' is broken on xen \[subarch-plan\]$" "bad: per-subarch satisfiability"
expect_out "^bad\.c:$(line 'LINKTABLE_ENTRY(init_steps, 8, xen_and_pc)'): error: init step 'xen_and_pc' supports pc,xen, but its setup_arch callback at 0x[0-9a-f]+ is in only_XEN_text, which is released on every subarch but xen \[subarch-memory\]$" "bad: callback in another subarch's memory"
expect_out "^$B: error: table pairs: level 3 \(linktable_pairs_3\): 20 bytes is not a multiple of the 12-byte entry: a gap or padding \[gaps\]$" "bad: gap in a table"
expect_out "^$B: error: section linktable_lost_4 holds entries of a table this image does not define \(never iterated\) \[undefined-table\]$" "bad: entries of an undefined table"
expect_out "^$B: 9 problems in 2 tables, 13 init steps$" "bad: summary counts 9 problems"
run "$LT" check --json "$B"
expect_json "bad: check --json is JSON"
expect_out '"ok": false' "bad: check --json says not ok"
expect_rc 1 "bad: check --json exit status"
run "$LT" matrix "$B"
expect_rc 1 "bad: matrix shows broken steps"
expect_out "^xen_feature +3  refused +- +BROKEN +- +- *$" "bad: matrix: xen_feature broken on xen only (refused on pc: the plan has errors)"
expect_out "^BROKEN on xen: xen_follower: needs 'xen_feature', which cannot run on xen \[dependency\]$" "bad: matrix: breakage propagates down the chain"
expect_out "^BROKEN on pc: orphaned: needs 'ghost', which is not linked in \[missing\]$" "bad: matrix: missing dependency"
run "$LT" matrix --json "$B"
expect_json "bad: matrix --json is JSON"
expect_rc 1 "bad: matrix --json exit status"
run "$LT" graph --subarch xen "$B"
expect_rc 1 "bad: graph shows broken steps"
expect_out '^  "xen_follower" \[label="xen_follower\\nlevel 4\\npc,xen", fillcolor=salmon, tooltip="needs '"'xen_feature'"', which cannot run on xen"\];$' "bad: graph --subarch xen marks broken steps and why"
expect_out '^  "pc_only" \[.*fillcolor=lightgrey, tooltip="not supported on xen"' "bad: graph --subarch xen marks skipped steps"
point "$(printf '%s\n' "$out" | dot -Tsvg >/dev/null 2>&1 && echo 0 || echo 1)" "bad: graph output renders with dot -Tsvg"
run "$LT" graph --format json "$B"
expect_json "bad: graph --format json is JSON"
expect_out '"from": "ghost"' "bad: graph json has the missing dependency's edge"
run "$LT" graph --json --subarch 2 "$B"
expect_out '"subarch": "xen"' "bad: --subarch takes a number"

# Every JSON document names its schema (docs/tool.md).
G=$FX/gcc-pie
for cmd in list "show|init_steps" "show|frobs" check graph matrix; do
	IFS='|' read -r sub arg <<<"$cmd"
	# shellcheck disable=SC2086
	run "$LT" "$sub" --json "$G" $arg
	expect_json "$sub ${arg:-}: --json is JSON"
	expect_out "^  \"schema\": \"linktable-$sub/1\",$" "$sub ${arg:-}: --json names schema linktable-$sub/1"
done

# The man page renders without groff warnings.
if command -v groff >/dev/null; then
	run groff -man -Tutf8 -ww docs/man/linktable.1
	point "$([ "$rc" = 0 ] && [ -z "$err" ] && echo 0 || echo 1)" "man page renders cleanly" "$err"
else
	skip_point "groff not installed"
fi

# The man page and --help agree: the same commands, each one's exit status.
for c in $("$LT" --help | sed -n 's/^  \([a-z]\+\) .*/\1/p'); do
	grep -q "^\.B linktable $c\$" docs/man/linktable.1
	point $? "man page: SYNOPSIS has linktable $c"
	run "$LT" "$c" --help
	case $("$LT" "$c" --help | sed -n 's/^exit status: //p') in
	"0 clean, 1 a rule is broken"*) grep -q "^\.BR $c ,\|^\.B $c\$\|^\.BR $c\$" <(sed -n '/^\.SH EXIT STATUS/,/^\.SH JSON/p' docs/man/linktable.1) ;;
	"0 sealed"*) sed -n '/^\.SH EXIT STATUS/,/^\.SH JSON/p' docs/man/linktable.1 | grep -q "^\.B seal\$" ;;
	"0 done, 2"*) sed -n '/^\.SH EXIT STATUS/,/^\.SH JSON/p' docs/man/linktable.1 | grep -q "^\.B $c\$\|^\.B $c ,\|^\.B $c\$" ;;
	*) false ;;
	esac
	point $? "$c --help says its exit status, and the man page's EXIT STATUS names $c there"
done

# Ordinary binaries: list says there are no tables; check calls it an
# error (the wrong file must not pass) unless --allow-empty.
run "$LT" list /bin/ls
expect_rc 0 "/bin/ls: list"
expect_out "^no linktable tables$" "/bin/ls: list says so"
run "$LT" check /bin/ls
expect_rc 1 "/bin/ls: check refuses an image without tables"
expect_out "^/bin/ls: error: no linktable tables: .* \[empty\]$" "/bin/ls: check says so, as a diagnostic"
run "$LT" check --allow-empty /bin/ls
expect_rc 0 "/bin/ls: check --allow-empty"
expect_out "^/bin/ls: ok: no linktable tables \(allowed\)$" "/bin/ls: check --allow-empty says so"
# Other ordinary images of this system: executables, shared libraries, the
# dynamic loader (static-PIE), a kernel module would be ET_REL (refused).
for f in /usr/bin/make /usr/bin/readelf /lib/x86_64-linux-gnu/libc.so.6 /lib64/ld-linux-x86-64.so.2 \
	/usr/lib/x86_64-linux-gnu/libelf.so.1; do
	[ -e "$f" ] || { skip_point "$f not here"; continue; }
	run "$LT" check --allow-empty "$f"
	point "$([ "$rc" = 0 ] && [ "$out" = "$f: ok: no linktable tables (allowed)" ] && echo 0 || echo 1)" "$f: no tables, exit 0 with --allow-empty" "exit $rc: $out $err"
done
run "$LT" matrix /bin/ls
expect_out "^no init steps$" "/bin/ls: matrix"
run "$LT" show /bin/ls frobs
expect_rc 2 "/bin/ls: show of a table it lacks"
expect_err "no table named \"frobs\"" "/bin/ls: show names the missing table"
finish
