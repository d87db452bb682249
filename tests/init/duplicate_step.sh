#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Two init steps with one name in one image must not link: the step symbol
# is global (hidden), so the linker reports a multiple definition.
set -u
cc=${CC:-gcc}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for f in one two; do
	cat >"$dir/$f.c" <<EOC
#include <linktable/step.h>
static int f(struct linktable_boot *b, const struct linktable_init_step *s) { (void)b; (void)s; return 0; }
LINKTABLE_INIT_STEP(twin, 10, LINKTABLE_SUBARCHS_ALL, .early_init = f);
EOC
	$cc -std=gnu11 -Wall -Wextra -Werror -Iinclude -c "$dir/$f.c" -o "$dir/$f.o" || {
		echo "not ok 1 - $f.c compiles"
		echo "1..1"
		exit 1
	}
done
echo 'int main(void) { return 0; }' >"$dir/main.c"
n=0
for cc_ in gcc clang; do
	command -v $cc_ >/dev/null || { n=$((n + 1)); echo "ok $n # SKIP $cc_ not installed"; continue; }
	n=$((n + 1))
	if out=$($cc_ "$dir/main.c" "$dir/one.o" "$dir/two.o" -o "$dir/a.out" 2>&1); then
		echo "not ok $n - $cc_: two steps named 'twin' linked into one image"
	elif echo "$out" | grep -q "multiple definition of .linktable_init_step_twin"; then
		echo "ok $n - $cc_: duplicate step name fails to link (multiple definition of linktable_init_step_twin)"
	else
		echo "not ok $n - $cc_: link failed, but not for the duplicate"
		echo "$out" | sed 's/^/# /'
	fi
done
echo "1..$n"
