#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# The init headers speak to one reader each and pull in only what that
# reader needs: a step's author (<linktable/step.h>) gets no planner
# function and no storage layout; a planner user (<linktable/plan.h>) no
# runner; the freestanding boot (<linktable/boot_core.h>) not the hosted
# runner's FILE * functions.  Each opens with its whole use: a usage example
# within its first 40 lines.  Each compiles alone (gcc -Werror); that every
# public header compiles in C++, freestanding, for PE and under clang
# -Weverything is tests/cxx, tests/freestanding, tests/cross and
# tests/docs/strict-user.sh.
set -u
dir=build/tests/init/headers
mkdir -p "$dir"
n=0
point() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; [ -n "${3:-}" ] && printf '%s\n' "$3" | head -5 | sed 's/^/#   /'; fi; }

# absent HEADER NAME: NAME is neither a macro nor a declared function after
# including HEADER alone.
absent() {
	printf '#include <linktable/%s>\n#ifdef %s\n#error "%s is defined"\n#endif\n' "$1" "$2" "$2" >"$dir/macro.c"
	gcc -std=c11 -Iinclude -fsyntax-only "$dir/macro.c" >/dev/null 2>&1 || return 1
	printf '#include <linktable/%s>\nvoid (*probe)(void) = (void (*)(void))%s;\n' "$1" "$2" >"$dir/absent.c"
	! gcc -std=c11 -Iinclude -fsyntax-only "$dir/absent.c" >/dev/null 2>&1
}
# present HEADER NAME: NAME is a macro or a declared function.
present() {
	printf '#include <linktable/%s>\n#ifndef %s\nvoid (*probe)(void) = (void (*)(void))%s;\n#endif\n' "$1" "$2" "$2" >"$dir/present.c"
	gcc -std=c11 -Wall -Werror -Iinclude -fsyntax-only "$dir/present.c" >/dev/null 2>&1
}

for spec in \
	"step.h present LINKTABLE_INIT_STEP LINKTABLE_INIT_DEPS LINKTABLE_SUBARCHS LINKTABLE_INIT_TABLE_DEFINE linktable_boot linktable_boot_run linktable_boot_free" \
	"step.h absent LTX_PLAN_LAYOUT LINKTABLE_PLAN_BYTES LINKTABLE_BOOT_BYTES linktable_plan_build linktable_plan_build_in linktable_boot_begin linktable_boot_begin_in linktable_boot_run_phase linktable_plan_make" \
	"plan.h present LINKTABLE_PLAN_BYTES linktable_plan_build linktable_plan_build_in linktable_plan_verdicts linktable_plan_error_print LINKTABLE_INIT_STEP" \
	"plan.h absent LINKTABLE_BOOT_BYTES linktable_boot_begin linktable_boot_begin_in linktable_boot_run_phase linktable_plan_make" \
	"boot_core.h present LINKTABLE_BOOT_BYTES linktable_boot_begin_in linktable_boot_run_in linktable_boot_finish_in linktable_boot_run_phase linktable_boot_release" \
	"boot_core.h absent linktable_boot_begin linktable_boot_finish linktable_boot_write_json linktable_boot_start" \
	"boot.h present linktable_boot_begin linktable_boot_finish linktable_boot_write_json linktable_boot_run_phase" \
	"boot.h absent linktable_boot_start linktable_plan_make" \
	"init.h present linktable_plan_make linktable_boot_start linktable_boot_execute linktable_boot_begin linktable_plan_verdicts"; do
	set -- $spec
	h=$1 how=$2
	shift 2
	bad=""
	for name in "$@"; do
		$how "$h" "$name" || bad="$bad $name"
	done
	point "${#bad}" "<linktable/$h>: $how: $*${bad:+ (wrong:$bad)}"
done

for h in step plan boot_core boot; do
	# an example: an indented line calling linktable_ or using a LINKTABLE_ macro
	head -40 "include/linktable/$h.h" | grep -qE '^ \*	.*(linktable_[a-z_]+\(|LINKTABLE_[A-Z_]+\()'
	point $? "<linktable/$h.h> shows its use in its first 40 lines"
done

# No header of the four includes init.h (the umbrella includes them).
! grep -lE '#include <linktable/init\.h>' include/linktable/step.h include/linktable/plan.h \
	include/linktable/boot_core.h include/linktable/boot.h
point $? "step.h, plan.h, boot_core.h and boot.h do not include the umbrella init.h"
echo "1..$n"
