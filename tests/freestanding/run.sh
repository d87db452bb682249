#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Freestanding use, with gcc and clang: every public header compiles with
# -ffreestanding -nostdinc (so no libc header is needed), and start.c - a
# program with its own _start and no libc - iterates a table and exits with
# its entry count, which is checked.
set -u
# shellcheck source=tests/tables/tap.sh
. "$(dirname "$0")/../tables/tap.sh"

src=tests/freestanding
want=5 # entries in start.c and more_counters.c
for cc in gcc clang; do
	if ! command -v "$cc" >/dev/null; then
		tap_missing "$cc not installed"
		continue
	fi
	bad=""
	for h in $(public_headers); do
		echo "#include <$h>" >"$scratch/h.c"
		$cc -std=c11 -ffreestanding -nostdinc -Iinclude -Wall -Wextra -Werror -fsyntax-only \
			"$scratch/h.c" >"$scratch/h.log" 2>&1 || {
			bad="$bad $h"
			tap_diag "$(head -5 "$scratch/h.log")"
		}
	done
	tap_point "${#bad}" "$cc: every public header compiles with -std=c11 -ffreestanding -nostdinc${bad:+ (not:$bad)}"
	# As a kernel compiles them: attribute names that are macros there
	# (tests/freestanding/attr_macros.h), a relative table defined, filled
	# and walked, -fno-pie -mcmodel=kernel on x86-64 (Linux's initcalls,
	# tests/linux/linux.sh, include <linktable/linktable.h> this way).
	bad=""
	kflags=""
	[ "$(uname -m)" = x86_64 ] && kflags="-fno-pie -mcmodel=kernel -mno-red-zone"
	for h in $(public_headers); do
		printf '#include <%s>\n' "$h" "linktable/linktable.h" >"$scratch/k.c"
		printf 'typedef int (*kfn)(void);\nLINKTABLE_REL_DEFINE(kfn, kcalls);\nint kone(void);\nint kone(void) { return 1; }\nLINKTABLE_REL_ENTRY(kcalls, 3, kone);\nint krun(void);\nint krun(void) { kfn f; int n = 0; LINKTABLE_REL_FOREACH(f, kcalls) n += f(); return n; }\n' >>"$scratch/k.c"
		# shellcheck disable=SC2086 # flag list
		$cc -std=gnu11 -ffreestanding -nostdinc $kflags -include tests/freestanding/attr_macros.h -Iinclude \
			-Wall -Wextra -Werror -c "$scratch/k.c" -o "$scratch/k.o" >"$scratch/k.log" 2>&1 || {
			bad="$bad $h"
			tap_diag "$(head -5 "$scratch/k.log")"
		}
	done
	tap_point "${#bad}" "$cc: every public header compiles where plain attribute names are macros (as in a kernel)${bad:+ (not:$bad)}"
	# C99 has no repeated typedef: the init table's definition must not
	# declare the table a second time.
	printf '#include <linktable/step.h>\nLINKTABLE_INIT_TABLE_DEFINE();\n' >"$scratch/c99.c"
	tap_quiet $cc -std=gnu99 -ffreestanding -Wall -Wextra -Werror -Iinclude -c "$scratch/c99.c" -o "$scratch/c99.o"
	tap_point $? "$cc: <linktable/step.h> and LINKTABLE_INIT_TABLE_DEFINE() compile with -std=gnu99 -Werror"

	if [ "$(uname -m)" != x86_64 ]; then
		tap_missing "the freestanding program is x86-64 Linux code"
		continue
	fi
	exe=$scratch/start.$cc
	if tap_quiet $cc -std=c11 -ffreestanding -nostdinc -nostdlib -static -fno-pie \
		-fno-stack-protector -O2 -Wall -Wextra -Werror -Iinclude \
		-o "$exe" "$src/start.c" "$src/more_counters.c"; then
		tap_point 0 "$cc: a freestanding program (-nostdlib -static) builds"
		"$exe"
		status=$?
		[ "$status" -eq "$want" ]
		tap_point $? "$cc: it iterates the table in order and exits with the count ($status, want $want)"
		! readelf -d "$exe" 2>/dev/null | grep -q NEEDED
		tap_point $? "$cc: it needs no shared library"
	else
		tap_point 1 "$cc: a freestanding program (-nostdlib -static) builds"
	fi
done
# The core on "bare metal": tests/freestanding/boot_core.c boots its init
# table (PC-only, Xen-only and common steps) from a zero page in its own
# memory, in static storage, and releases its init memory through its hook,
# with no libc at all - the core compiled by the same compiler with
# -nostdinc (only the compiler's own headers), on every linker.
if [ "$(uname -m)" = x86_64 ]; then
	for cc in gcc clang; do
		command -v "$cc" >/dev/null || { tap_missing "$cc not installed"; continue; }
		inc=$($cc -print-file-name=include)
		fflags="-std=gnu11 -O2 -Wall -Wextra -Werror -ffreestanding -fno-builtin -fno-stack-protector -fno-pie -nostdinc -isystem $inc -Iinclude"
		rm -rf "$scratch/core-$cc" && mkdir -p "$scratch/core-$cc"
		built=0
		for f in src/core/*.c; do
			# shellcheck disable=SC2086 # flag list
			tap_quiet $cc $fflags -c "$f" -o "$scratch/core-$cc/$(basename "$f" .c).o" || built=1
		done
		[ $built -eq 0 ] && ar rcs "$scratch/core-$cc.a" "$scratch/core-$cc"/*.o
		tap_point $built "$cc: the core compiles with -ffreestanding -nostdinc"
		[ $built -eq 0 ] || continue
		for ld in bfd gold lld mold; do
			if ! CC=$cc linker_works "$ld"; then
				tap_missing "$cc cannot link with $ld"
				continue
			fi
			exe=$scratch/boot-$cc-$ld
			# shellcheck disable=SC2086 # flag list
			if ! tap_quiet $cc $fflags -nostdlib -static -fuse-ld="$ld" -o "$exe" "$src/boot_core.c" \
				"$scratch/core-$cc.a"; then
				tap_point 1 "$cc, $ld: the freestanding boot links"
				continue
			fi
			"$exe" >"$exe.out" 2>&1
			rc=$?
			grep -q "^linktable: subarch xen (2) from zero page: zero page in memory" "$exe.out" &&
				grep -q "^\[ *[0-9.]*\] skipping pc_bios: not supported on subarch xen" "$exe.out" &&
				grep -q "initcall xen_events.setup_arch returned 0" "$exe.out" &&
				grep -q "^Freeing unused init memory: [1-9][0-9]*K" "$exe.out" && [ $rc -eq 0 ]
			tap_point $? "$cc, $ld: a libc-free program decides xen from its zero page, boots in static storage, releases init memory ($(tail -1 "$exe.out"))"
			grep -q "^linktable: boot refused: subarch lguest (1) is not supported by 1 critical step: platform (supports pc, xen): no step runs, nothing is freed" "$exe.out" &&
				grep -q "^linktable: nothing freed: the boot was refused" "$exe.out"
			tap_point $? "$cc, $ld: on lguest its critical platform step is missing: refused before any step, nothing freed"
			[ $rc -eq 0 ] || sed 's/^/# /' "$exe.out" | tail -5
			# The second link, as Linux links kallsyms: plan the linked
			# image, compile the plan, link again - the boot plans nothing.
			# shellcheck disable=SC2086 # flag list
			build/bin/linktable plan "$exe" >"$exe.plan.c" 2>"$exe.plan.err" &&
				$cc $fflags -c "$exe.plan.c" -o "$exe.plan.o" 2>>"$exe.plan.err" &&
				$cc $fflags -nostdlib -static -fuse-ld="$ld" -o "$exe.2" "$src/boot_core.c" "$exe.plan.o" \
					"$scratch/core-$cc.a" 2>>"$exe.plan.err" &&
				"$exe.2" >"$exe.2.out" 2>&1 &&
				grep -q "^linktable: plan built at link time (fingerprint [0-9a-f]*, unsealed: checked at boot)" "$exe.2.out" &&
				[ "$(grep -v 'plan built at link time' "$exe.2.out")" = "$(cat "$exe.out")" ]
			tap_point $? "$cc, $ld: with the build-time plan (second link) the boot says so and does the same"
			sed 's/^/# /' "$exe.plan.err" | head -5
			# Sealed after the second link: the boot trusts the seal and
			# hashes nothing; a seal changed afterwards is not trusted.
			cp "$exe.2" "$exe.unsealed"
			build/bin/linktable seal "$exe.2" >/dev/null 2>"$exe.seal.err" && "$exe.2" >"$exe.2.out" 2>&1 &&
				grep -q "^linktable: plan built at link time (fingerprint [0-9a-f]*, sealed: nothing hashed)" "$exe.2.out" &&
				[ "$(grep -v 'plan built at link time' "$exe.2.out")" = "$(cat "$exe.out")" ]
			tap_point $? "$cc, $ld: sealed (linktable seal), the boot takes the plan over without hashing the table"
			sed 's/^/# /' "$exe.seal.err" | head -5
			cp "$exe.2" "$exe.4"
			off=$(build/bin/linktable seal --json "$exe.4" | sed -n 's/.*"offset": \([0-9]*\).*/\1/p')
			printf '\377' | dd of="$exe.4" bs=1 seek="${off:-0}" conv=notrunc status=none
			"$exe.4" >"$exe.4.out" 2>&1 &&
				grep -q "^linktable: the build-time plan's seal [0-9a-f]* is wrong for this image: checking its fingerprint instead" "$exe.4.out" &&
				grep -q "^linktable: plan built at link time (fingerprint [0-9a-f]*, unsealed: checked at boot)" "$exe.4.out"
			tap_point $? "$cc, $ld: a seal altered after sealing: the boot says so and checks the fingerprint"
			# A table changed since its plan: the fingerprint differs, the
			# boot plans at run time and says so.
			# shellcheck disable=SC2086 # flag list
			$cc $fflags -DBOOT_CORE_EXTRA_STEP -nostdlib -static -fuse-ld="$ld" -o "$exe.3" "$src/boot_core.c" \
				"$exe.plan.o" "$scratch/core-$cc.a" 2>"$exe.3.err" && "$exe.3" >"$exe.3.out" 2>&1 &&
				grep -q "^linktable: the build-time plan (fingerprint [0-9a-f]*) does not match the init table (fingerprint [0-9a-f]*): planned at run time" "$exe.3.out"
			tap_point $? "$cc, $ld: a stale build-time plan is not used: the trace says so, the boot plans at run time"
			# (empty table levels leave their weak bounds undefined, 0 by design;
			# mold lists its linker-defined IPLT symbols)
			! readelf -d "$exe" 2>/dev/null | grep -q NEEDED &&
				! nm -u "$exe" | grep -v ' __st\(art\|op\)_linktable_\| __rela_iplt_\| _PROCEDURE_LINKAGE_TABLE_' | grep -q .
			tap_point $? "$cc, $ld: it needs no library and leaves nothing undefined but empty table bounds"
		done
	done
else
	tap_missing "the freestanding boot is x86-64 Linux code"
fi

# Every global symbol of the libraries is prefixed: a program may define
# plan_error or trace_summary without a clash.
if [ -f build/lib/liblinktable.a ]; then
	bad=$(nm -g --defined-only build/lib/liblinktable.a | awk 'NF == 3 {print $3}' | grep -v '^linktable_' | sort -u | tr '\n' ' ')
	[ -z "$bad" ]
	tap_point $? "every global symbol of liblinktable.a starts with linktable_${bad:+ (not: $bad)}"
fi

# The core library references nothing outside itself but the four memory
# functions (and, built as PIC, the linker-made _GLOBAL_OFFSET_TABLE_)
# functions (a sanitized build references the sanitizer runtime: skipped).
core=build/lib/liblinktable-core.a
if grep -q fsanitize build/.flags 2>/dev/null; then
	tap_n=$((tap_n + 1)) # a build choice, not a missing tool: skipped even under CI
	echo "ok $tap_n # SKIP sanitized build: the core references the sanitizer runtime"
elif [ ! -f "$core" ]; then
	tap_point 1 "$core exists (make builds it)"
else
	mkdir -p "$scratch/core"
	(cd "$scratch/core" && ar x "$OLDPWD/$core")
	ld -r -o "$scratch/core.o" "$scratch"/core/*.o
	extra=$(nm -u "$scratch/core.o" | awk '{print $2}' | grep -vxE 'memcpy|memmove|memset|memcmp|_GLOBAL_OFFSET_TABLE_' | tr '\n' ' ')
	[ -z "$extra" ]
	tap_point $? "liblinktable-core.a references nothing but memcpy, memmove, memset, memcmp${extra:+ (also: $extra)}"
fi
tap_done
