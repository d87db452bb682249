#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The demo: both boots, the seed's stories (cr4 shadow on both paths, kasan
# off on xen), JSON validity, parallel = sequential outcomes, bad options.
set -u
demo=${DEMO:-build/bin/linktable-demo}
n=0
pass() { n=$((n + 1)); echo "ok $n - $1"; }
fail() { n=$((n + 1)); echo "not ok $n - $1"; }
check() { if eval "$2"; then pass "$1"; else fail "$1"; fi; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -x "$demo" ]; then
	fail "demo binary $demo exists"
	echo "1..$n"
	exit 1
fi
"$demo" >"$tmp/out" 2>&1
check "demo exits 0" "[ $? -eq 0 ]"
check "prints this machine's subarch and how it was found" "grep -Eq '^this machine: [a-z_0-9]+, found by (argument|environment|zero page|cpuid|default) \(' '$tmp/out'"
check "native boot through startup_64" "grep -q 'entry: startup_64 -> x86_64_start_kernel -> x86_64_start_reservations' '$tmp/out'"
check "xen boot through startup_xen" "grep -q 'entry: startup_xen -> xen_start_kernel -> x86_64_start_reservations' '$tmp/out'"
check "cr4 shadow initialised on both paths" "[ \$(grep -c 'initcall cr4_shadow.early_init returned 0' '$tmp/out') -eq 2 ]"
check "kasan: not supported on subarch xen" "grep -q 'kasan: not supported on subarch xen' '$tmp/out'"
check "kasan runs natively" "grep -q 'initcall kasan.early_init returned 0' '$tmp/out'"
check "the PCI fixup table is walked" "grep -q 'fixup \"e1000: wake-on-LAN off\"' '$tmp/out'"
check "probe group: vga natively, hvc on xen, serial skipped" "grep -q \"skipping console_serial: level 40 finished by 'console_vga'\" '$tmp/out' && grep -q \"skipping console_serial: level 40 finished by 'console_hvc'\" '$tmp/out'"
check "summary lines" "[ \$(grep -Ec '^[0-9]+ steps? ran, [0-9]+ skipped \(.*\), [0-9]+ failed' '$tmp/out') -eq 2 ]"
check "the parallel runner's gain is shown for both boots" "[ \$(grep -Ec '^  (pc|xen) +[0-9.]+ ms sequential, +[0-9.]+ ms parallel, critical path +[0-9.]+ ms' '$tmp/out') -eq 2 ]"
check "freed summary per boot" "[ \$(grep -c '^freed:' '$tmp/out') -eq 2 ]"
# The native boot gives back Xen-only memory, the Xen boot PC-only memory
# (kasan, the PC drivers), and both their init-only memory - measured.
check "native boot frees xen-only memory" "sed -n '/^=== native boot/,/^=== Xen/p' '$tmp/out' | grep -Eq '^  Freeing unused xen memory: [1-9][0-9]*K \\(RSS -?[0-9]+K\\)'"
check "xen boot frees pc-only memory" "sed -n '/^=== Xen PV boot/,/^=== the same/p' '$tmp/out' | grep -Eq '^  Freeing unused pc memory: [1-9][0-9]*K \\(RSS -?[0-9]+K\\)'"
check "both boots free init memory" "[ \$(grep -Ec '^  Freeing unused init memory: [1-9][0-9]*K \\(RSS -?[0-9]+K\\)' '$tmp/out') -eq 2 ]"
check "the freed ranges are named" "grep -q 'range init_text: ' '$tmp/out' && grep -q 'range only_PC_text: ' '$tmp/out' && grep -q 'range only_XEN_data: ' '$tmp/out'"

"$demo" --json >"$tmp/json" 2>"$tmp/err"
check "--json exits 0" "[ $? -eq 0 ]"
if command -v python3 >/dev/null; then
	check "--json output is valid JSON" "python3 -m json.tool '$tmp/json' >/dev/null"
	"$demo" --json --parallel >"$tmp/pjson"
	# Outcomes (name, state, error) per boot must be identical; timing may differ.
	outcomes='import json,sys; d=json.load(open(sys.argv[1])); print([[(s["name"], s["state"], s.get("error")) for s in b["steps"]] for b in d["boots"]])'
	check "--parallel: same outcomes as sequential" "[ \"\$(python3 -c '$outcomes' '$tmp/json')\" = \"\$(python3 -c '$outcomes' '$tmp/pjson')\" ]"
	check "json: two boots, pc and xen" "python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); sys.exit(0 if [b[\"subarch\"][\"name\"] for b in d[\"boots\"]] == [\"pc\", \"xen\"] else 1)' '$tmp/json'"
else
	n=$((n + 1)); echo "ok $n # SKIP python3 not installed"
fi

"$demo" --subarch xen >"$tmp/xen"
check "--subarch xen boots only xen" "[ $? -eq 0 ] && grep -q 'Xen PV boot' '$tmp/xen' && ! grep -q 'native boot' '$tmp/xen'"
"$demo" --subarch vax >"$tmp/o" 2>"$tmp/e"
check "--subarch vax: exit 2 and a clear message" "[ $? -eq 2 ] && grep -q \"unknown subarch 'vax'\" '$tmp/e'"
"$demo" --bogus >"$tmp/o" 2>"$tmp/e"
check "unknown option: exit 2 and a clear message" "[ $? -eq 2 ] && grep -q \"unknown option '--bogus'\" '$tmp/e'"
"$demo" --legacy-entries --subarch xen >"$tmp/legacy" 2>&1
check "--legacy-entries: the Xen entry without cr4 shadow stops the boot (exit 1)" "[ $? -eq 1 ] && grep -q \"critical init step 'tlb_flush' failed in early_init with error -14: boot stopped\" '$tmp/legacy'"
check "--legacy-entries: the steps after it are reported not run" "grep -Eq ', [0-9]+ not run\$' '$tmp/legacy' && grep -q 'memory (not-run)' '$tmp/legacy'"
"$demo" --legacy-entries --subarch pc >"$tmp/legacy" 2>&1
check "--legacy-entries: the native entry still boots" "[ $? -eq 0 ] && grep -q 'initcall tlb_flush.early_init returned 0' '$tmp/legacy'"
"$demo" --subarch >"$tmp/o" 2>"$tmp/e"
check "--subarch without a name: exit 2" "[ $? -eq 2 ] && grep -q 'missing subarch name' '$tmp/e'"
"$demo" --subarch "$(printf 'x\033]0;title\007\377')" >"$tmp/o" 2>"$tmp/e"
check "--subarch with a terminal-title sequence: exit 2, echoed as \\xNN, no raw control byte" \
	"[ $? -eq 2 ] && grep -q \"unknown subarch 'x\\\\\\\\x1b]0;title\\\\\\\\x07\\\\\\\\xff'\" '$tmp/e' && ! LC_ALL=C grep -q \"\$(printf '[\\001-\\010\\016-\\037\\177-\\377]')\" '$tmp/e'"
"$demo" "$(printf '\033[2J')" >"$tmp/o" 2>"$tmp/e"
check "an unknown option with ESC is echoed escaped" "[ $? -eq 2 ] && grep -q \"unknown option '\\\\\\\\x1b\\[2J'\" '$tmp/e'"
"$demo" >"$tmp/all" 2>&1
back=$(awk '/^\[ *[0-9]+\.[0-9]+\]/ { t = substr($0, 2, index($0, "]") - 2) + 0; if (t < last) print NR ": " $0; last = t }' "$tmp/all")
check "the demo's trace stamps never run backwards, across its boots${back:+ (line $back)}" "[ -z '$back' ] && grep -c '^\[' '$tmp/all' | grep -qv '^0\$'"
echo "1..$n"
