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
# the same core function (linktable_plan_make_table()).
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
#include <linktable/init.h>
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

# tamper.py IMAGE FIELD OUT: one field of the plan (or of an array it
# points to) changed in the file of a non-PIE x86-64 image.
cat >"$D/tamper.py" <<'EOF'
import struct, subprocess, sys
img, field, out = sys.argv[1:4]
b = bytearray(open(img, "rb").read())
secs = []
for line in subprocess.run(["readelf", "-SW", img], capture_output=True, text=True).stdout.splitlines():
    f = line.replace("[ ", "[").split()
    if len(f) > 6 and f[0].startswith("[") and f[0] != "[Nr]":
        secs.append((f[1], int(f[3], 16), int(f[4], 16), int(f[5], 16)))
def off(addr):
    for name, a, o, size in secs:
        if a and a <= addr < a + size and name != ".bss":
            return o + addr - a
    sys.exit("tamper.py: %#x is in no section" % addr)
plan = [s for s in secs if s[0] == "linktable_prebuilt_plan"][0][1]
def q(addr): return struct.unpack_from("<Q", b, off(addr))[0]
def setq(addr, v): struct.pack_into("<Q", b, off(addr), v)
def seti(addr, v): struct.pack_into("<I", b, off(addr), v)
XEN = 2
F = {"fingerprint": 0, "seal": 8, "nsteps": 16, "ndeps": 24, "dep_start": 32, "dep_id": 40, "dep_nhard": 48,
     "dep_nafter": 56, "rdep_start": 64, "rdep_id": 72, "subarchs": 80, "norder": 88, "order": 88 + 32 * 8}
n = q(plan + 16)
o = plan + F["order"] + 8 * XEN
what, _, arg = field.partition(":")
if what == "fingerprint": setq(plan, q(plan) ^ 1)
elif what == "seal": setq(plan + 8, q(plan + 8) ^ 1)
elif what == "nsteps": setq(plan + 16, n + 1)
elif what == "ndeps": setq(plan + 24, 1000000)
elif what == "ptr": setq(plan + F[arg], q(plan + F[arg]) + 8)        # an array moved
elif what == "null": setq(plan + F[arg], 0)                          # an array gone
elif what == "dep_start": setq(q(plan + 32) + 8, 1000000)
elif what == "dep_id": setq(q(plan + 40), 999999)
elif what == "dep_nhard": seti(q(plan + 48) + 4 * (n - 1), 1000000)
elif what == "dep_nafter": seti(q(plan + 56) + 4 * (n - 1), 0xffffffff)
elif what == "rdep_start": setq(q(plan + 64) + 8 * n, 1000000)
elif what == "rdep_id": setq(q(plan + 72), 999999)
elif what == "subarchs": seti(plan + 80, struct.unpack_from("<I", b, off(plan + 80))[0] | 0x200)  # subarch 9: no order
elif what == "norder": setq(plan + F["norder"] + 8 * XEN, 100000000)     # the SIGSEGV of issue 19
elif what == "norder-short": setq(plan + F["norder"] + 8 * XEN, q(plan + F["norder"] + 8 * XEN) - 1)
elif what == "norder-other": setq(plan + F["norder"] + 8 * 7, 5)          # a subarch not planned
elif what == "order": setq(plan + F["order"] + 8 * XEN, 0)
elif what == "order-id": setq(q(o), 999999)
elif what == "order-dup": setq(q(o) + 8, q(q(o)))
elif what == "order-swap":  # the last two: the boot may take a valid order, check must not
    k = q(plan + F["norder"] + 8 * XEN)
    a, c = q(q(o) + 8 * (k - 2)), q(q(o) + 8 * (k - 1))
    setq(q(o) + 8 * (k - 2), c); setq(q(o) + 8 * (k - 1), a)
else: sys.exit("tamper.py: unknown field " + field)
open(out, "wb").write(b)
EOF

# FIELD;what check and seal say;whether the boot must refuse the plan
fields=(
	"fingerprint;does not match the init table;stale"
	"nsteps;does not match the init table;stale"
	"ndeps;counts \(40 steps, 1000000 dependencies\) are absurd;refuse"
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
	"norder;an order count is larger than the step count|order: 100000000 entries cannot be in a;refuse"
	"norder-short;norder\[xen\];refuse"
	"norder-other;norder\[subarch7\];any"
	"order;order\[xen\] \(NULL\)|a planned subarch has no order;stale"
	"order-id;an order entry is past the last step;refuse"
	"order-dup;order\[xen\]\[1\];refuse"
	"order-swap;order\[xen\]\[[0-9]+\];any"
	"seal;seal 0x[0-9a-f]+ is wrong;any"
)
for f in "${fields[@]}"; do
	IFS=';' read -r field msg boot <<<"$f"
	what=${field%%:*} arg=${field#*:}
	[ "$arg" = "$field" ] && arg=""
	for kind in core core-sealed hosted-sealed; do
		t=$D/$kind.$what${arg:+-$arg}
		[ "$what" = seal ] && [ "$kind" = core ] && continue
		python3 "$D/tamper.py" "$D/$kind" "$field" "$t" && chmod +x "$t" || { point 1 "tamper.py $field"; continue; }
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
