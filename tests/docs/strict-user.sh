#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# What a strict user hits: the documented usage (tests/docs/strict/usage.c)
# compiles without a warning under -Wall -Wextra -Wpedantic with gcc and
# clang, and under clang -Weverything with the headers as system headers
# (-isystem: as CMake's imported targets and Meson's include_type: 'system'
# deliver them); the tables alone compile as C99; a strict C99 user of <linktable/step.h> and a C++17 user
# of LINKTABLE_INIT_STEP() get one clear error each, not a cascade.
set -u
dir=build/tests/docs/strict
mkdir -p "$dir"
src=tests/docs/strict/usage.c
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; [ -n "${3:-}" ] && printf '%s\n' "$3" | head -10 | sed 's/^/#   /'; fi; }
skip() { n=$((n + 1)); echo "ok $n # SKIP $1"; }
have() { command -v "$1" >/dev/null; }

for cc in gcc clang; do
	if ! have $cc; then
		if [ "${CI:-}" = true ]; then point 1 "$cc is installed (CI)"; else skip "$cc not installed"; fi
		continue
	fi
	out=$($cc -std=c11 -Wall -Wextra -Wpedantic -Werror -Iinclude -c "$src" -o "$dir/$cc.o" 2>&1)
	point $? "$cc -std=c11 -Wall -Wextra -Wpedantic: the documented usage has no warning" "$out"
done
if have clang; then
	out=$(clang -std=c11 -Weverything -Werror -isystem include -c "$src" -o "$dir/everything.o" 2>&1)
	point $? "clang -Weverything with the headers as system headers: no warning" "$out"
fi

cat >"$dir/c99.c" <<'C'
#include <linktable/step.h>
LINKTABLE_INIT_TABLE_DEFINE();
LINKTABLE_INIT_STEP(memory, 0, LINKTABLE_SUBARCHS_ALL);
C
out=$(gcc -std=c99 -Werror -Iinclude -c "$dir/c99.c" -o "$dir/c99.o" 2>&1)
rc=$?
[ $rc -ne 0 ] && [ "$(printf '%s\n' "$out" | grep -c ': error:')" -eq 1 ] && printf '%s\n' "$out" | grep -q 'needs C11'
point $? "-std=c99: one #error naming the need (C11), not a cascade" "$out"
# The tables alone are C99 (FreeBSD's kernel and Zephyr build as C99): the
# README's usage, under -std=c99 -Wall -Wextra, with both compilers, run.
# (-Wpedantic would add C11's repeated typedef, of LINKTABLE_DECLARE() and
# LINKTABLE_DEFINE() in one file.)
cat >"$dir/tables99.c" <<'C'
#include <linktable/linktable.h>
struct frob { const char *name; int (*run)(int); };
LINKTABLE_DECLARE(struct frob, frobs);
LINKTABLE_DEFINE(struct frob, frobs);
static int twice(int a) { return 2 * a; }
LINKTABLE_ENTRY(frobs, 20, disk) = { "disk", twice };
LINKTABLE_ENTRY(frobs, 10, uart) = { "uart", twice };
LINKTABLE_ENTRY(frobs, 05, clock) = { "clock", twice };
typedef int (*initcall_fn)(void);
LINKTABLE_REL_DECLARE(initcall_fn, initcalls);
LINKTABLE_REL_DEFINE(initcall_fn, initcalls);
static int calls;
int uart_init(void);
int uart_init(void) { return ++calls; }
LINKTABLE_REL_ENTRY(initcalls, 10, uart_init);
int main(void)
{
	const struct frob *f;
	initcall_fn fn;
	int sum = 0, first = 0;
	LINKTABLE_FOREACH(f, frobs)
		sum = sum * 10 + f->run(f->name[0] == 'c' ? 1 : f->name[0] == 'u' ? 2 : 3);
	LINKTABLE_FOREACH_REVERSE(f, frobs)
		if (!first)
			first = f->name[0];
	LINKTABLE_REL_FOREACH(fn, initcalls)
		fn();
	return !(sum == 246 && first == 'd' && LINKTABLE_COUNT(frobs) == 3 && calls == 1);
}
C
for cc in gcc clang; do
	have $cc || continue
	out=$($cc -std=c99 -Wall -Wextra -Werror -Iinclude "$dir/tables99.c" -o "$dir/tables99-$cc" 2>&1) &&
		out=$("$dir/tables99-$cc" 2>&1)
	point $? "$cc -std=c99 -Wall -Wextra: the tables compile without a warning and walk in order" "$out"
done
if have g++; then
	cp "$dir/c99.c" "$dir/step.cc"
	out=$(g++ -std=c++17 -Iinclude -c "$dir/step.cc" -o "$dir/step.o" 2>&1)
	rc=$?
	[ $rc -ne 0 ] && [ "$(printf '%s\n' "$out" | grep -c ': error:')" -eq 1 ] &&
		printf '%s\n' "$out" | grep -q 'needs designated initializers'
	point $? "C++17: LINKTABLE_INIT_STEP() is one static_assert naming the need" "$out"
	out=$(g++ -std=c++20 -Wall -Werror -Iinclude -c "$dir/step.cc" -o "$dir/step20.o" 2>&1)
	point $? "C++20: LINKTABLE_INIT_STEP() compiles" "$out"
fi
echo "1..$n"
