#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# tests/wasm/wasm.sh - tables on WebAssembly (wasm32, freestanding): built
# with clang 14 and 16 and their wasm-ld, run under node.  For each
# compiler: wasm-ld's defaults (its garbage collection on), explicit
# --gc-sections with one section per object and --strip-all, no collection,
# -O0, and LTO; the archive member that adds entries is required
# (LINKTABLE_REQUIRE_OBJECT) every time.  Also: why entries are global (a
# static entry alone in its file is dropped), and that the same file linked
# twice fails to link rather than losing an entry.  And hosted, as most
# programs are built: WASI with Debian's wasi-libc (the same walks, with
# stdio; and a C++ program), run under node's WASI.
. "$(dirname "$0")/../tables/tap.sh"

src=tests/wasm
wflags="--target=wasm32 -nostdlib -ffreestanding -std=gnu11 -Wall -Wextra -Werror -Iinclude"

# $1: the module; each line run.js prints becomes a point named "$2: ...".
run_module() {
	run_lines "$(node "$src/run.js" "$1" 2>&1)" "$2"
}

# $1: a module's output, TAP-like lines; each becomes a point "$2: ...".
run_lines() {
	local out=$1 line
	if [ -z "$out" ]; then
		tap_point 1 "$2: the module printed nothing"
		return
	fi
	while IFS= read -r line; do
		case $line in
		"ok - "*) tap_point 0 "$2: ${line#ok - }" ;;
		"not ok - "*) tap_point 1 "$2: ${line#not ok - }" ;;
		"# "*) ;;
		*) tap_point 1 "$2: $line" ;;
		esac
	done <<<"$out"
}

# $1: llvm version, $2: mode name, $3: compile flags, $4: link flags; with
# $5 "wasi", the same test as a hosted WASI program instead: wasi_host.c
# gives main() and the imports, the clang driver links against wasi-libc,
# and node's WASI runs it.  The archive member is required either way.
wasi_flags="--target=wasm32-wasi --sysroot=/usr -Wall -Wextra -Werror -Iinclude"
build_run() {
	local v=$1 mode=$2 cflags=$3 lflags=$4 wasi=${5:-} bin=/usr/lib/llvm-$1/bin d="$scratch/$1-$2" f out
	local files=(main entries_a entries_b member) flags=$wflags what="clang $v $mode"
	[ -n "$wasi" ] && files+=(wasi_host) flags="$wasi_flags -std=gnu11" what="clang $v WASI $mode" d="$scratch/$1-wasi-$2"
	mkdir -p "$d"
	for f in "${files[@]}"; do
		# shellcheck disable=SC2086
		"$bin/clang" $flags $cflags -c "$src/$f.c" -o "$d/$f.o" 2>"$d/err" ||
			{ tap_point 1 "$what: $f.c compiles"; tap_diag "$(cat "$d/err")"; return; }
	done
	rm -f "$d/libmember.a"
	"$bin/llvm-ar" rcs "$d/libmember.a" "$d/member.o"
	local objs=("$d/main.o" "$d/entries_a.o" "$d/entries_b.o")
	[ -n "$wasi" ] && objs+=("$d/wasi_host.o")
	# shellcheck disable=SC2086
	if ! if [ -n "$wasi" ]; then "$bin/clang" $flags $cflags -o "$d/t.wasm" "${objs[@]}" "$d/libmember.a"
	else "$bin/wasm-ld" --no-entry $lflags -o "$d/t.wasm" "${objs[@]}" "$d/libmember.a"; fi 2>"$d/err"; then
		tap_point 1 "$what: links"
		tap_diag "$(cat "$d/err")"
		return
	fi
	if [ -n "$wasi" ]; then
		out=$(node --no-warnings "$src/run-wasi.mjs" "$d/t.wasm" 2>&1)
		tap_point $? "$what: runs and exits 0"
		run_lines "$out" "$what"
	else
		run_module "$d/t.wasm" "$what"
	fi
}

if ! command -v node >/dev/null; then
	tap_missing "node (Debian nodejs) runs the WebAssembly modules"
	tap_done
fi
for v in 14 16; do
	bin=/usr/lib/llvm-$v/bin
	if [ ! -x "$bin/clang" ] || [ ! -x "$bin/wasm-ld" ] || [ ! -x "$bin/llvm-ar" ]; then
		tap_missing "clang-$v, wasm-ld (lld-$v) and llvm-ar (llvm-$v) for wasm32"
		continue
	fi
	build_run "$v" "wasm-ld defaults" "-O2" ""
	build_run "$v" "--gc-sections, one section per object, --strip-all" \
		"-O2 -ffunction-sections -fdata-sections" "--gc-sections --strip-all"
	build_run "$v" "--no-gc-sections" "-O2" "--no-gc-sections"
	build_run "$v" "-O0" "-O0" ""
	build_run "$v" "LTO" "-O2 -flto -DEXACT_ORDER=0" "--lto-O2"
	if [ -d /usr/include/wasm32-wasi ] && [ -f "$(/usr/lib/llvm-$v/bin/clang --target=wasm32-wasi -print-libgcc-file-name)" ]; then
		build_run "$v" "-O2" "-O2" "" wasi
		build_run "$v" "-O0" "-O0" "" wasi
		build_run "$v" "LTO" "-O2 -flto -DEXACT_ORDER=0" "" wasi
		d="$scratch/$v-wasi-cxx"
		mkdir -p "$d"
		# shellcheck disable=SC2086
		if "$bin/clang++" $wasi_flags -std=c++11 -nostdlib++ -fno-exceptions -O2 -o "$d/cxx.wasm" "$src/cxx.cc" \
			2>"$d/err"; then
			out=$(node --no-warnings "$src/run-wasi.mjs" "$d/cxx.wasm" 2>&1)
			tap_point $? "clang++ $v WASI C++11: runs and exits 0"
			run_lines "$out" "clang++ $v WASI"
		else
			tap_point 1 "clang++ $v WASI C++11: builds"
			tap_diag "$(cat "$d/err")"
		fi
	else
		tap_missing "wasi-libc and libclang-rt-$v-dev-wasm32 for hosted WASI programs"
	fi

	d="$scratch/$v-static"
	mkdir -p "$d"
	# The trap the entries' form avoids: a static entry, even marked
	# used, alone in its file, is collected by wasm-ld (the bounds are weak,
	# so the table would be silently empty).
	cat >"$d/lone.c" <<'EOC'
__attribute__((used, section("linktable_lone_1"))) static const int lone = 7;
EOC
	cat >"$d/walk.c" <<'EOC'
extern const char __start_linktable_lone_1[] __attribute__((weak, visibility("hidden")));
extern const char __stop_linktable_lone_1[] __attribute__((weak, visibility("hidden")));
__attribute__((export_name("run"))) int run(void)
{
	const char *b = __start_linktable_lone_1;
	__asm__("" : "+r"(b));
	return (int)(__stop_linktable_lone_1 - b);
}
EOC
	# shellcheck disable=SC2086
	"$bin/clang" $wflags -O2 -c "$d/lone.c" -o "$d/lone.o" && "$bin/clang" $wflags -O2 -c "$d/walk.c" -o "$d/walk.o" &&
		"$bin/wasm-ld" --no-entry -o "$d/lone.wasm" "$d/walk.o" "$d/lone.o"
	got=$(node -e "const fs=require('fs');const i=new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(process.argv[1])),{});console.log(i.exports.run())" "$d/lone.wasm" 2>&1)
	tap_point "$([ "$got" = 0 ] && echo 0 || echo 1)" \
		"clang $v: wasm-ld drops a static used entry alone in its file (why entries are hidden globals; got '$got')"

	# What else applies: the public headers but free.h, and the
	# freestanding core but freeing, compile for wasm32; free.h refuses.
	ok=0
	for h in linktable ranges init subarch env; do
		echo "#include <linktable/$h.h>" >"$d/h.c"
		# shellcheck disable=SC2086
		"$bin/clang" $wflags -O2 -c "$d/h.c" -o "$d/h.o" 2>>"$d/h.err" || ok=1
	done
	for f in src/core/*.c; do
		# freeing: the files built on free.h (free_*.c, boot_release.c)
		grep -q "linktable/free.h" "$f" && continue
		# shellcheck disable=SC2086
		"$bin/clang" $wflags -O2 -c "$f" -o "$d/core.o" 2>>"$d/h.err" || ok=1
	done
	tap_point "$ok" "clang $v: every public header but free.h, and the core but freeing, compile for wasm32"
	[ "$ok" -eq 0 ] || tap_diag "$(cat "$d/h.err")"
	echo "#include <linktable/free.h>" >"$d/f.c"
	# shellcheck disable=SC2086
	! "$bin/clang" $wflags -c "$d/f.c" -o "$d/f.o" 2>"$d/f.err"
	tap_point "$([ $? -eq 0 ] && grep -q "free.h does not apply to WebAssembly" "$d/f.err" && echo 0 || echo 1)" \
		"clang $v: free.h on wasm32 is a compile error that says why"

	# The table API's compile-time checks (tests/compile-fail/core_*) hold
	# here too, with the same messages.
	cf=$(COMPILE_FAIL_CC="$bin/clang --target=wasm32 -ffreestanding" \
		COMPILE_FAIL_CXX="$bin/clang++ --target=wasm32 -ffreestanding -nostdinc++" COMPILE_FAIL_ONLY='core_*' \
		tests/compile-fail/run.sh 2>&1)
	tap_point "$([ $? -eq 0 ] && echo 0 || echo 1)" \
		"clang $v wasm32: the table API's compile-fail cases are rejected as on ELF: $(echo "$cf" | grep -c '^ok') of them"
	echo "$cf" | grep -q '^not ok' && tap_diag "$(echo "$cf" | grep -A3 '^not ok')"

	# One source file linked twice: a loud "duplicate symbol", no lost entry.
	# shellcheck disable=SC2086
	"$bin/clang" $wflags -O2 -c "$src/entries_a.c" -o "$d/a1.o" && cp "$d/a1.o" "$d/a2.o" &&
		"$bin/clang" $wflags -O2 -c "$src/main.c" -o "$d/main.o" &&
		"$bin/clang" $wflags -O2 -c "$src/member.c" -o "$d/member.o"
	"$bin/wasm-ld" --no-entry -o "$d/twice.wasm" "$d/main.o" "$d/member.o" "$d/a1.o" "$d/a2.o" >"$d/twice.err" 2>&1
	rc=$?
	tap_point "$([ "$rc" -ne 0 ] && grep -q "duplicate symbol: linktable\.ops\." "$d/twice.err" && echo 0 || echo 1)" \
		"clang $v: the same file linked twice fails with \"duplicate symbol\" (exit $rc)"
done
tap_done
