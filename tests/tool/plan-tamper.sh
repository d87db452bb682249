#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# A sealed plan cannot lie (issue 19): every count, index and pointer of the
# build-time plan in a linked image is changed in the file, one at a time,
# in an unsealed and in a sealed image.  "check" and "seal" must fail
# (exit 1) saying where; the runtimes - the core alone (bench/boot's
# planner, as a freestanding program plans) and liblinktable's hosted boot
# - must never crash: a plan that is out of bounds is refused with a
# message and the boot plans at run time, a plan that is only different
# (still a valid order) is at worst used.  The kernel takes its plan through
# the same core function (linktable_plan_build_table_in()).
set -u
. tests/tool/lib.sh
cc=${LINKTABLE_TEST_CC:-${CC:-cc}}
flags=(-std=gnu11 -Wall -Wextra -Werror -O2 -Iinclude -fno-pie -no-pie)
D=build/tests/tool/plan-tamper
rm -rf "$D"
mkdir -p "$D"
san=()
grep -q fsanitize build/.flags 2>/dev/null && san=(-fsanitize=address,undefined)

cat >"$D/hosted.c" <<'EOF'
/* liblinktable's boot on the program's table: its trace (stderr) says how
 * the plan was made. */
#include <stdio.h>
#include <linktable/plan.h>
LINKTABLE_INIT_TABLE_DEFINE();
int main(void)
{
	struct linktable_boot_config cfg = { .subarch = "xen", .trace_file = stderr };
	struct linktable_boot *boot;
	int r = linktable_boot(&cfg, &boot);

	printf("boot %d, %s\n", r, boot && boot->plan->prebuilt == LINKTABLE_PLAN_PREBUILT_INVALID ? "refused the plan"
				  : boot && boot->plan->prebuilt > 0 ? "used the plan" : "planned at run time");
	linktable_boot_free(boot);
	return r != 0;
}
EOF
python3 bench/boot/gen.py 40 >"$D/steps.c"
ok=0
"$cc" "${flags[@]}" "${san[@]}" -o "$D/first" bench/boot/boot_plan.c "$D/steps.c" build/lib/liblinktable-core.a 2>"$D/cc.err" &&
	"$LT" plan "$D/first" >"$D/plan.c" &&
	"$cc" "${flags[@]}" "${san[@]}" -o "$D/core" bench/boot/boot_plan.c "$D/steps.c" "$D/plan.c" build/lib/liblinktable-core.a 2>>"$D/cc.err" &&
	"$cc" "${flags[@]}" "${san[@]}" -o "$D/hosted" "$D/hosted.c" "$D/steps.c" "$D/plan.c" build/lib/liblinktable.a -lpthread 2>>"$D/cc.err" &&
	cp "$D/core" "$D/core-sealed" && cp "$D/hosted" "$D/hosted-sealed" &&
	"$LT" seal "$D/core-sealed" >/dev/null && "$LT" seal "$D/hosted-sealed" >/dev/null || ok=1
point $ok "first link, plan, second links (core-only and hosted), sealed copies" "$(cat "$D/cc.err")"
run "$LT" check "$D/core-sealed"
expect_rc 0 "check: a sealed second link holds"
run "$D/core-sealed"
expect_out "sealed build-time plan" "the untouched sealed image takes the plan over"


# FIELD;what check and seal say;whether the boot must refuse the plan
# ndeps: a plain build finds the count absurd first; a sanitized build (make SAN=1)
# lays the plan out larger, so its dep_id bound check fires first. Both refuse.
fields=(
	"fingerprint;does not match the init table;stale"
	"nsteps;does not match the init table;stale"
	"ndeps;counts \(40 steps, 1000000 dependencies\) are absurd|dep_id \(1000000 entries at [^)]*\) lies outside the plan;refuse"
	"ptr:dep_start;dep_start|damaged;any"
	"ptr:dep_id;dep_id|damaged;any"
	"ptr:rdep_id;rdep_id|damaged;any"
	"null:dep_id;damaged: a NULL dependency array;refuse"
	"null:dep_nhard;damaged: a NULL dependency array;refuse"
	"dep_start;dep_start does not ascend;refuse"
	"dep_id;a dependency id is past the last step;refuse"
	"dep_nhard;dependency counts exceed its list;refuse"
	"dep_nafter;dependency counts exceed its list;refuse"
	"rdep_start;rdep_start does not ascend;refuse"
	"rdep_id;a dependent id is past the last step;refuse"
	"subarchs;a planned subarch has no order;refuse"
	"norder;an order count is larger than the step count|order: 100000000 entries cannot be in a|order \\(100000000 entries at 0x[0-9a-f]+\\) lies outside the plan;refuse"
	"norder-short;norder\[xen\];refuse"
	"norder-other;norder\[subarch7\];any"
	"order;order\[xen\] \(NULL\)|a planned subarch has no order;stale"
	"order-id;an order entry is past the last step;refuse"
	"order-dup;order\[xen\]\[1\];refuse"
	"order-swap;order\[xen\]\[[0-9]+\];any"
	"seal;seal 0x[0-9a-f]+ is wrong;any"
	"bytes-small;size 16 is smaller than a plan;refuse"
	"bytes-big;says it is [0-9]+ bytes, its section [0-9]+;any"
	"ptr-last;order\\[xen\\]|lies outside the plan;any"
)
for f in "${fields[@]}"; do
	IFS=';' read -r field msg boot <<<"$f"
	what=${field%%:*} arg=${field#*:}
	[ "$arg" = "$field" ] && arg=""
	for kind in core core-sealed hosted-sealed; do
		t=$D/$kind.$what${arg:+-$arg}
		[ "$what" = seal ] && [ "$kind" = core ] && continue
		python3 tests/tool/tamper.py "$D/$kind" "$field" "$t" && chmod +x "$t" || { point 1 "tamper.py $field"; continue; }
		bad=""
		run "$LT" check "$t"
		[ "$rc" = 1 ] && printf '%s\n' "$out" | grep -Eq -- "$msg.*\[prebuilt-plan\]" || bad+="check: exit $rc: $out $err; "
		cp "$t" "$t.orig"
		run "$LT" seal "$t"
		[ "$rc" = 1 ] && printf '%s\n' "$err" | grep -Eq -- "$msg" || bad+="seal: exit $rc: $err; "
		cmp -s "$t" "$t.orig" || bad+="seal changed the file; "
		point "$([ -z "$bad" ] && echo 0 || echo 1)" "$kind, $field changed: check and seal fail (exit 1) saying /$msg/" "$bad"
		run "$t"
		case $kind:$boot in
		hosted*:any) want="^boot 0, " ;;
		*:any) want="^0 errors" ;;
		hosted*:refuse) want="refused the plan" ;;
		*:refuse) want="planned at run time" ;;
		hosted*:stale) want="planned at run time" ;;
		*:stale) want="planned at run time" ;;
		esac
		ok=1
		[ "$rc" -lt 128 ] && printf '%s\n' "$out" | grep -Eq -- "$want" && ok=0
		point $ok "$kind, $field changed: the boot does not crash$([ "$boot" = refuse ] && echo ", refuses the plan") ($want)" "exit $rc: $out $(printf '%s' "$err" | tail -5)"
		if [ "$kind" = hosted-sealed ] && [ "$boot" = refuse ]; then
			expect_err "linktable: the build-time plan is damaged \(.+\): refused, planned at run time" \
				"hosted, $field changed: the trace says the plan was refused and why"
		fi
	done
done
finish
