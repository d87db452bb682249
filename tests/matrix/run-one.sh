#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# tests/matrix/run-one.sh - build and run the matrix test program in one
# configuration, given as one argument "index|compiler|linker|opt|gc|pie|variant":
#   compiler  gcc | clang | clang-N  linker  bfd | gold | lld | mold | lld-N
#   opt       -O0 | -O2 | -O2 -flto  gc      gc | nogc
#   pie       pie | nopie | static | static-pie
#   variant   std | asan | valgrind | cxx | cxx17 | freestanding | mixed |
#             control-object | control-aligned | control-retain |
#             control-compat-order
# Besides the matrix test program, every configuration but freestanding
# and the controls also builds and runs the compat headers' test program
# (tests/compat) with the same flags.
# Writes one tab-separated line to $MATRIX_OUT/cfg-<index>/result (MATRIX_OUT
# defaults to build/matrix):
#   index, pass|skip|FAIL, compiler, linker, column, label, reason
# where column names the cell of docs/toolchains.md.  A configuration in
# which a trivial program cannot be linked with the same flags is "skip",
# with the first line of the toolchain's error as the reason.
set -u
IFS='|' read -r idx cc ld opt gc pie variant <<<"$1"
if [ -z "${variant:-}" ]; then
	echo "run-one.sh: bad configuration '$1' (want index|compiler|linker|opt|gc|pie|variant)" >&2
	exit 2
fi
src=tests/matrix
dir=${MATRIX_OUT:-build/matrix}/cfg-$idx
rm -rf "$dir"
mkdir -p "$dir"

warn=(-Wall -Wextra -Werror)
# Flags of every C and C++ translation unit; cflags adds the C dialect.
flags=(-Iinclude -I$src $opt)
ldflags=(-fuse-ld="$ld" $opt)
csrc=(defs entries_a entries_b check main)
link=$cc
column="$opt/$gc/$pie"
case "$gc" in
gc)
	flags+=(-ffunction-sections -fdata-sections)
	ldflags+=(-Wl,--gc-sections)
	# The trap: collect sections reached only through __start_/__stop_.
	case "$ld" in bfd | lld*) ldflags+=(-Wl,-z,start-stop-gc) ;; esac
	;;
nogc) ;;
*) echo "run-one.sh: bad gc '$gc'" >&2; exit 2 ;;
esac
case "$pie" in
pie) flags+=(-fPIE); ldflags+=(-pie) ;;
nopie) flags+=(-fno-pie); ldflags+=(-no-pie) ;;
static) ldflags+=(-static) ;;
static-pie) flags+=(-fPIE); ldflags+=(-static-pie) ;;
*) echo "run-one.sh: bad pie '$pie'" >&2; exit 2 ;;
esac
case "$opt" in
*-flto*) ;;
*) flags+=(-DMATRIX_LINK_ORDER) ;; # an ordinary link keeps input order
esac
label="$cc/$ld/$opt/$gc/$pie"
case "$variant" in
std) ;;
asan)
	san=(-fsanitize=address,undefined -fno-sanitize-recover=all)
	flags+=("${san[@]}" -fno-omit-frame-pointer)
	ldflags+=("${san[@]}")
	label="$cc/$ld/$opt/asan+ubsan/$pie"
	column="asan+ubsan"
	;;
valgrind)
	label="$cc/$ld/$opt/$gc/$pie under valgrind"
	column=valgrind
	;;
cxx | cxx17)
	case "$cc" in gcc) link=g++ std=c++11 ;; clang*) link=clang++${cc#clang} std=c++20 ;; esac
	[ "$variant" = cxx17 ] && std=c++17
	flags+=(-DMATRIX_WITH_CXX)
	label="$link -std=$std/$ld/$opt/$pie"
	column="C++ consumer ($pie)"
	;;
freestanding)
	flags+=(-pedantic-errors -ffreestanding -nostdinc -fno-pie)
	csrc=(defs entries_a entries_b check freestanding)
	label="$cc/$ld/$opt/freestanding c11 -nostdinc -nostdlib -static"
	column="freestanding"
	;;
mixed)
	# One object of position-independent code in a non-PIE link: its
	# entries take the other part of each level.
	label="$cc/$ld/$opt/mixed: entries_a.c -fPIE, the rest $pie"
	column="mixed PIC + non-PIC"
	;;
control-object)
	# Controls: the test program must notice what linktable prevents.
	csrc=(defs entries_a check main)
	label="control: $cc/$ld/$opt/$gc/$pie without entries_b.o must fail"
	expect='entries visited by LINKTABLE_FOREACH: got'
	;;
control-aligned)
	flags+=(-include $src/control_no_aligned.h)
	label="control: $cc/$ld/$opt/$gc/$pie, entries without aligned(), must fail"
	expect='not a multiple of the size|distance between entries|bytes between|misaligned'
	;;
control-retain)
	flags+=(-include $src/control_no_retain.h)
	label="control: $cc/$ld/$opt/$gc/$pie, entries without retain, must fail"
	expect='entries visited by LINKTABLE_FOREACH: got'
	;;
control-compat-order)
	# The compat program without the declaration that orders an array
	# table's sections: the iPXE table comes out in pieces.
	label="control: $cc/$ld/$opt/$gc/$pie, compat tables without their order declaration, must fail"
	# (linktable's own check stops it before main, naming a table; the
	# program's checks would fail on an iPXE table)
	expect='^linktable: array table [a-z_]+: levels [0-9]+ and [0-9]+ are not adjacent|compat: failed: ipxe'
	;;
*) echo "run-one.sh: bad variant '$variant'" >&2; exit 2 ;;
esac
[ "$variant" = std ] && case "$pie" in static | static-pie) column=$pie ;; esac
case "$variant" in control-*) column=control ;; esac
cstd=-std=gnu11
[ "$variant" = freestanding ] && cstd=-std=c11
cflags=("$cstd" "${warn[@]}" "${flags[@]}")

finish() { # status reason
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$idx" "$1" "$cc" "$ld" "$column" "$label" "$2" >"$dir/result"
	exit 0
}
# First line that says "error" (else the first line) of a log, without paths.
first_error() {
	local line
	line=$(grep -m1 -iE 'error|undefined|cannot|unknown|unsupported|fatal' "$1" || head -1 "$1")
	[ -n "$line" ] || line="(no message)"
	echo "$line" | sed -e "s|$PWD/||g; s|/tmp/[^ :]*|TMP|g; s|$dir/||g" | cut -c1-160
}

# The compat headers' test program (tests/compat) with this configuration's
# flags; arguments: extra compiler flags.  Returns when it passed (or for
# freestanding, which has no libc to print with), else finishes the
# configuration: FAIL, or for control-compat-order pass when it failed as
# expected.
compat() {
	# every header's two files as two translation units (all_a.c, all_b.c:
	# make check builds them one by one)
	local csrcs=(main all_a all_b)
	local cobjs=() f extra crc
	[ "$variant" = freestanding ] && return 0
	# The control links a file of entries only first: the file that
	# defines the table also orders its sections.
	[ "$variant" = control-compat-order ] && csrcs=(main all_b all_a)
	[ "$link" != "$cc" ] && csrcs+=(cxx_c)
	for f in "${csrcs[@]}"; do
		extra=("$@")
		[ "$variant" = mixed ] && case $f in *_b) extra+=(-fPIE) ;; esac
		[ "$link" != "$cc" ] && [ "$f" = main ] && extra+=(-DCOMPAT_WITH_CXX)
		if ! "$cc" "${cflags[@]}" "${extra[@]}" -c "tests/compat/$f.c" -o "$dir/compat_$f.o" 2>"$dir/compile.log"; then
			finish FAIL "compiling tests/compat/$f.c: $(first_error "$dir/compile.log")"
		fi
		cobjs+=("$dir/compat_$f.o")
	done
	if [ "$link" != "$cc" ]; then
		if ! "$link" -std=$std "${warn[@]}" "${flags[@]}" -c tests/compat/cxx.cc -o "$dir/compat_cxx.o" 2>"$dir/compile.log"; then
			finish FAIL "compiling tests/compat/cxx.cc: $(first_error "$dir/compile.log")"
		fi
		cobjs+=("$dir/compat_cxx.o")
	fi
	if ! "$link" "${ldflags[@]}" "${cobjs[@]}" -o "$dir/compat-test" 2>"$dir/link.log"; then
		finish FAIL "compat link: $(first_error "$dir/link.log")"
	fi
	# (in a subshell: the control may crash, and bash would say so)
	(timeout 120 "${run[@]}" "$dir/compat-test" >"$dir/compat.out" 2>"$dir/compat.log"; exit $?) 2>/dev/null
	crc=$?
	if [ "$variant" = control-compat-order ]; then
		if [ $crc -ne 0 ] && grep -qE "$expect" "$dir/compat.log"; then
			finish pass "$(head -1 "$dir/compat.log")"
		fi
		finish FAIL "the compat program did not notice (exit $crc, want a message matching '$expect')"
	fi
	[ $crc -eq 0 ] || finish FAIL "compat: exit $crc: $(head -1 "$dir/compat.log")"
}

# Const and writable entries in one array table (tests/compat/constmix/,
# as tests/compat/constmix.sh): one array on every linker, or on mold (which
# keeps read-only and writable sections of one name apart) linktable's
# message before main - never a run with entries missing.
constmix() {
	local f extra objs=() crc
	[ "$variant" = freestanding ] && return 0
	for f in a b m; do
		extra=("$@")
		[ "$variant" = mixed ] && [ "$f" = b ] && extra=(-fPIE)
		if ! "$cc" "${cflags[@]}" "${extra[@]}" -c "tests/compat/constmix/$f.c" -o "$dir/constmix_$f.o" 2>"$dir/compile.log"; then
			finish FAIL "compiling tests/compat/constmix/$f.c: $(first_error "$dir/compile.log")"
		fi
		objs+=("$dir/constmix_$f.o")
	done
	if ! "$link" "${ldflags[@]}" "${objs[@]}" -o "$dir/constmix-test" 2>"$dir/link.log"; then
		# gcc's LTO sees all files as one: const and writable entries of
		# one level are then the compile error they are in one file; the
		# program with each level all const or all writable must pass.
		if [ $# -eq 0 ] && [ "$cc" = gcc ] && [[ $opt == *-flto* ]] && grep -q "causes a section type conflict" "$dir/link.log"; then
			constmix -DCONSTMIX_LEVELS_APART
			return 0
		fi
		finish FAIL "constmix link: $(first_error "$dir/link.log")"
	fi
	(timeout 120 "${run[@]}" "$dir/constmix-test" >"$dir/constmix.out" 2>"$dir/constmix.log"; exit $?) 2>/dev/null
	crc=$?
	[ $crc -eq 0 ] && return 0
	case $ld in
	mold) grep -q "^linktable: array table .*: level [0-9][0-9] has const (read-only) entries that the linker put apart" \
		"$dir/constmix.log" && ! grep -q "^not ok" "$dir/constmix.out" && return 0 ;;
	esac
	finish FAIL "constmix: exit $crc: $(head -1 "$dir/constmix.out" "$dir/constmix.log" | grep -v '^==>' | grep . | head -1)"
}

# Programs written against one compat header the way that project's own
# users write them (tests/compat/users/<name>/*.c, each directory one
# program that prints TAP and exits 0 when every point passed).  Cells that
# differ only in the linker compile alike: their objects are compiled once
# per compiler and flags (build/matrix/users-obj/KEY, under a lock that
# cells running at once share) and linked by each cell's own linker.
users() {
	local u f objs crc name key cache
	[ "$variant" = freestanding ] && return 0
	# The key covers the sources too: a cell run on its own after an edit
	# never links stale objects.
	key=$( (printf '%s\n' "$cc" "${cflags[@]}"; cat tests/compat/users/*.h tests/compat/users/*/* include/linktable/*.h \
		include/linktable/*/*.h) | sha1sum | cut -c1-16)
	cache=${MATRIX_OUT:-build/matrix}/users-obj/$key
	mkdir -p "$cache"
	exec 8>"$cache/lock"
	flock 8
	if [ ! -e "$cache/done" ]; then
		for u in tests/compat/users/*/; do
			[ -d "$u" ] || continue
			name=$(basename "$u")
			for f in "$u"*.c; do
				if ! "$cc" "${cflags[@]}" -c "$f" -o "$cache/users_${name}_$(basename "$f" .c).o" 2>"$dir/compile.log"; then
					exec 8>&-
					finish FAIL "compiling $f: $(first_error "$dir/compile.log")"
				fi
			done
		done
		: >"$cache/done"
	fi
	exec 8>&-
	for u in tests/compat/users/*/; do
		[ -d "$u" ] || continue
		name=$(basename "$u")
		objs=()
		for f in "$u"*.c; do
			objs+=("$cache/users_${name}_$(basename "$f" .c).o")
		done
		if ! "$link" "${ldflags[@]}" "${objs[@]}" -o "$dir/users-$name" 2>"$dir/link.log"; then
			finish FAIL "users/$name link: $(first_error "$dir/link.log")"
		fi
		(timeout 120 "${run[@]}" "$dir/users-$name" >"$dir/users-$name.out" 2>"$dir/users-$name.log"; exit $?) 2>/dev/null
		crc=$?
		[ $crc -eq 0 ] || finish FAIL "users/$name: exit $crc: $(grep -m1 '^not ok' "$dir/users-$name.out" || head -1 "$dir/users-$name.log")"
	done
}

if [ "$variant" = valgrind ] && ! command -v valgrind >/dev/null; then
	finish skip "valgrind not installed"
fi
# Can the toolchain link anything at all with these flags?
probe_cflags=("${cflags[@]}")
[ "$variant" = freestanding ] && probe_cflags=(-std=c11 -ffreestanding $opt -fno-pie)
if ! "$cc" "${probe_cflags[@]}" -c $src/trivial.c -o "$dir/trivial.o" 2>"$dir/probe.log" ||
	! "$link" "${ldflags[@]}" "$dir/trivial.o" -o "$dir/trivial" 2>>"$dir/probe.log"; then
	finish skip "$(first_error "$dir/probe.log")"
fi

objs=()
for f in "${csrc[@]}"; do
	extra=()
	[ "$variant" = mixed ] && [ "$f" = entries_a ] && extra=(-fPIE)
	if ! "$cc" "${cflags[@]}" "${extra[@]}" -c "$src/$f.c" -o "$dir/$f.o" 2>"$dir/compile.log"; then
		finish FAIL "compiling $f.c: $(first_error "$dir/compile.log")"
	fi
	objs+=("$dir/$f.o")
done
if [ "$link" != "$cc" ]; then
	if ! "$link" -std=$std "${warn[@]}" "${flags[@]}" -c $src/entries_cxx.cc -o "$dir/entries_cxx.o" 2>"$dir/compile.log"; then
		finish FAIL "compiling entries_cxx.cc: $(first_error "$dir/compile.log")"
	fi
	objs+=("$dir/entries_cxx.o")
fi
[ "$variant" = freestanding ] && ldflags+=(-nostdlib)
if ! "$link" "${ldflags[@]}" "${objs[@]}" -o "$dir/matrix-test" 2>"$dir/link.log"; then
	finish FAIL "link: $(first_error "$dir/link.log")"
fi
run=()
[ "$variant" = valgrind ] && run=(valgrind -q --error-exitcode=99)
timeout 120 "${run[@]}" "$dir/matrix-test" >"$dir/run.out" 2>"$dir/run.log"
rc=$?
case "$variant" in
control-compat-order)
	compat -DCOMPAT_CONTROL_NO_ORDER
	;;
control-*)
	if [ $rc -ne 0 ] && grep -qE "$expect" "$dir/run.log"; then
		finish pass "$(head -1 "$dir/run.log")"
	fi
	finish FAIL "the test program did not notice (exit $rc, want a message matching '$expect')"
	;;
esac
[ $rc -eq 0 ] || finish FAIL "exit $rc: $(head -1 "$dir/run.log")"
compat
constmix
users
finish pass ""
