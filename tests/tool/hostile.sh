#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Hand-built hostile inputs (issue 11), generated here: strings that make
# the tool scan or compare megabytes per name, FIFOs and a 5 GB sparse file,
# names carrying terminal escapes, newlines and invalid UTF-8, a zero page
# of version 0xffff.  Each must end quickly, in bounded memory, with exit 2
# or with output that is safe: JSON valid UTF-8, text without control
# characters.
set -u
. tests/tool/lib.sh
D=build/tests/tool/hostile
rm -rf "$D"
mkdir -p "$D"
CCF=(-std=gnu11 -O0 -Iinclude -fno-pie -no-pie)

# measure_all OUTDIR CMDLINE...: run each command line (a string, split on
# spaces) with a 20 s limit, one after the other, from one python3 (slow to
# start on a loaded machine); for command K writes OUTDIR/K.out, K.err and
# K.stat: "exit seconds peak_rss_kib" (the command's own, from wait4).
measure_all() {
	python3 - "$@" <<'PY'
import os, signal, subprocess, sys, time
d = sys.argv[1]
for k, cmd in enumerate(sys.argv[2:]):
    with open(f"{d}/{k}.out", "wb") as o, open(f"{d}/{k}.err", "wb") as e:
        t = time.monotonic()
        p = subprocess.Popen(cmd.split(" "), stdout=o, stderr=e, stdin=subprocess.DEVNULL)
        while True:
            pid, status, ru = os.wait4(p.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - t > 20:
                p.kill()
            time.sleep(0.01)
        rc = os.waitstatus_to_exitcode(status)
        rc = 124 if rc < 0 else rc
        open(f"{d}/{k}.stat", "w").write(f"{rc} {time.monotonic() - t:.2f} {ru.ru_maxrss}\n")
PY
}
# result DIR K: sets $rc, $secs, $rss_kib, $out, $err from measure_all's K.
result() {
	read -r rc secs rss_kib <"$1/$2.stat"
	out=$(head -c 65536 "$1/$2.out") err=$(head -c 4096 "$1/$2.err")
}
# bounded WHAT MAX_SECS MAX_KIB: the last result() stayed within limits.
bounded() {
	point "$(awk -v s="$secs" -v m="$2" 'BEGIN { exit !(s < m) }' && [ "$rss_kib" -lt "$3" ] && echo 0 || echo 1)" \
		"$1: ${secs}s < ${2}s, ${rss_kib} KiB < $3 KiB" "exit $rc; stderr: $err"
}
# --- 1. Unbounded strings ---------------------------------------------------
echo "# ${SECONDS}s: 1. Unbounded strings ---------------------------------------------------"
# 100 steps, each listing 4,095 dependencies that all point at one 1 MiB
# string; 8 steps whose names share 1 MiB prefixes; 100 steps listing 4,095
# dependencies on one 1,024-byte name (just inside the name limit: refused
# by the file-size budget for string bytes).
python3 - "$D" <<'PY'
import sys
d = sys.argv[1]
head = '#include <linktable/step.h>\nLINKTABLE_INIT_TABLE_DEFINE();\n'
tail = 'int main(void) { return 0; }\n'
def step(i, name, extra=''):
    return f'LINKTABLE_ENTRY(init_steps, 0, s{i}) = {{ .name = {name}, .subarchs = 1{extra} }};\n'
with open(f'{d}/deps-1mib.c', 'w') as f:
    f.write(head + 'static const char big[] = "%s";\n' % ('a' * (1 << 20)))
    f.write('static const char *const deps[] = {' + 'big, ' * 4095 + '0 };\n')
    f.write(''.join(step(i, f'"s{i}"', ', .depends = deps') for i in range(100)) + tail)
with open(f'{d}/names-1mib.c', 'w') as f:
    f.write(head + ''.join(step(i, '"%s%d"' % ('n' * (1 << 20), i)) for i in range(8)) + tail)
with open(f'{d}/deps-1kib.c', 'w') as f:
    f.write(head + 'static const char big[] = "%s";\n' % ('a' * 1024))
    f.write('static const char *const deps[] = {' + 'big, ' * 4095 + '0 };\n')
    f.write(''.join(step(i, f'"s{i}"', ', .depends = deps') for i in range(100)) + tail)
PY
for f in deps-1mib:"dependency name 0 at 0x[0-9a-f]+ is longer than 1024 bytes" \
	names-1mib:"its name at 0x[0-9a-f]+ is longer than 1024 bytes" \
	deps-1kib:"the names add up to more string bytes than a [0-9]+-byte file can hold"; do
	name=${f%%:*} msg=${f#*:}
	if ! gcc "${CCF[@]}" "$D/$name.c" -o "$D/$name" 2>"$D/$name.log"; then
		point 1 "$name: fixture builds" "$(cat "$D/$name.log")"
		continue
	fi
	mkdir -p "$D/m.$name"
	measure_all "$D/m.$name" "$LT check $D/$name" "$LT show $D/$name init_steps" "$LT matrix $D/$name" "$LT graph $D/$name"
	k=0
	for cmd in check show matrix graph; do
		result "$D/m.$name" $k
		k=$((k + 1))
		point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -Eq -- "$msg" && echo 0 || echo 1)" \
			"$name: $cmd refuses it (exit 2, \"$msg\")" "exit $rc; stderr: $err"
		bounded "$name: $cmd" 5 65536
	done
done

# --- 2. FIFOs and devices ---------------------------------------------------
echo "# ${SECONDS}s: 2. FIFOs and devices ---------------------------------------------------"
mkfifo "$D/fifo"
truncate -s 5G "$D/5g"
mkdir -p "$D/m.io" "$D/m.writer"
measure_all "$D/m.io" "$LT bootparams $D/fifo" "$LT list $D/fifo" "$LT bzimage $D/fifo" \
	"$LT bootparams $D/5g" "$LT list $D/5g" "$LT bzimage $D/5g"
# a writer that holds the FIFO open and says nothing
sleep 8 >"$D/fifo" &
writer=$!
measure_all "$D/m.writer" "$LT list $D/fifo"
kill "$writer" 2>/dev/null
wait "$writer" 2>/dev/null
k=0
for cmd in bootparams list bzimage; do
	result "$D/m.io" $k
	k=$((k + 1))
	point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -q "fifo: empty file" && echo 0 || echo 1)" \
		"$cmd of a FIFO nobody writes: exit 2 at once, not a hang" "exit $rc; stderr: $err"
	bounded "$cmd of a FIFO" 5 65536
done
result "$D/m.writer" 0
point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -q "no data for 2000 ms; refusing" && echo 0 || echo 1)" \
	"list of a FIFO whose writer stays silent: refused, not a hang" "exit $rc; stderr: $err"
bounded "list of a silent FIFO" 5 65536

# --- 3. Size before reading ---------------------------------------------------
echo "# ${SECONDS}s: 3. Size before reading ---------------------------------------------------"
k=3
for cmd in bootparams list bzimage; do
	result "$D/m.io" $k
	k=$((k + 1))
	point "$([ "$rc" = 2 ] && printf '%s\n' "$err" | grep -q "5368709120 bytes: larger than [0-9]* bytes; refusing" && echo 0 || echo 1)" \
		"$cmd of a 5 GB file: refused by its size, unread" "exit $rc; stderr: $err"
	bounded "$cmd of a 5 GB file" 2 65536
done
rm -f "$D/5g"

# --- 4. Output that is always valid and safe -----------------------------------
echo "# ${SECONDS}s: 4. Output that is always valid and safe -----------------------------------"
# Step names with an OSC title sequence, a newline that fakes an output
# line, a raw 0xff byte; a file name of valid UTF-8 longer than the
# location's 400-byte limit (built from a real path), cut mid-character
# if cut by bytes.
top=$D/$(python3 -c "print('\u00e9' * 120)")
long=$top/$(python3 -c "print('\u00e9' * 121)")
mkdir -p "$long"
python3 - "$long/evil.c" <<'PY'
import sys
src = r'''#include <linktable/step.h>
LINKTABLE_INIT_TABLE_DEFINE();
LINKTABLE_ENTRY(init_steps, 0, a) = { .name = "title\x1b]0;pwned\x07", .file = __FILE__, .subarchs = 1 };
LINKTABLE_ENTRY(init_steps, 1, b) = { .name = "b\nerror: fake line", .file = __FILE__, .subarchs = 1,
	.depends = (const char *const[]){ "missing\xff\xfe", "title\x1b]0;pwned\x07", 0 } };
LINKTABLE_ENTRY(init_steps, 2, c) = { .name = "c\xc3", .file = __FILE__, .subarchs = 1,
	.depends = (const char *const[]){ "b\nerror: fake line", 0 } };
int main(void) { return 0; }
'''
open(sys.argv[1], 'w').write(src)
PY
if gcc "${CCF[@]}" "$PWD/$long/evil.c" -o "$D/evil" 2>"$D/evil.log"; then
	E=$D/evil
	for cmd in check show matrix graph list; do
		# shellcheck disable=SC2046
		"$LT" $cmd "$E" $([ $cmd = show ] && echo init_steps) >"$E.$cmd.txt" 2>"$E.$cmd.err"
		# shellcheck disable=SC2046
		"$LT" $cmd --json "$E" $([ $cmd = show ] && echo init_steps) >"$E.$cmd.json" 2>/dev/null
	done
	"$LT" graph --format json --subarch pc "$E" >"$E.graph-pc.json" 2>/dev/null
	"$LT" graph --subarch pc "$E" >"$E.graph-pc.txt" 2>/dev/null
	# Text: only valid UTF-8, no control character but newline, no line
	# started by a name.  JSON: parses as strict UTF-8.
	python3 - "$E" check show matrix graph list graph-pc >"$D/verdicts" <<'PY'
import json, sys
base = sys.argv[1]
def text_problem(path):
    b = open(path, "rb").read()
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"invalid UTF-8: {e}"
    bad = [c for c in t if (ord(c) < 0x20 and c != "\n") or 0x7f <= ord(c) <= 0x9f]
    if bad:
        return f"control characters {bad!r}"
    if any(l.startswith("error: fake line") for l in t.split("\n")):
        return "a name started a line of its own"
    return ""
for cmd in sys.argv[2:]:
    why = text_problem(f"{base}.{cmd}.txt")
    if not why and cmd != "graph-pc":
        why = text_problem(f"{base}.{cmd}.err")
    print(f"text {cmd} {why}")
    try:
        json.loads(open(f"{base}.{cmd}.json", "rb").read().decode("utf-8", "strict"))
        print(f"json {cmd} ")
    except Exception as e:
        print(f"json {cmd} {e}")
PY
	while read -r kind cmd why; do
		point "$([ -z "$why" ] && echo 0 || echo 1)" "$cmd: $([ "$kind" = text ] && echo "text output of hostile names is escaped" || echo "--json is valid UTF-8 JSON")" "$why"
	done <"$D/verdicts"
	run "$LT" show "$E" init_steps
	expect_out 'title\\x1b\]0;pwned\\x07' "show: the escape sequence is shown as \\x1b ... \\x07"
	expect_out 'missing\\xff\\xfe' "show: invalid bytes are shown as \\xNN"
	expect_out '^\[1\] level [0-9]+  b\\x0aerror: fake line ' "show: a newline in a name is \\x0a, not a new line"
	run "$LT" show --json "$E" init_steps
	expect_out '"missing\\\\xff\\\\xfe"' "show --json: an invalid byte is the text \\xNN"
	expect_out '"title\\u001b\]0;pwned\\u0007"' "show --json: control characters as \\u00NN"
	if command -v dot >/dev/null; then
		dot -Tsvg "$E.graph.txt" >/dev/null 2>"$D/dot.err"
		point "$([ -s "$D/dot.err" ] && echo 1 || echo 0)" "graph: dot reads the escaped DOT" "$(cat "$D/dot.err")"
	fi
else
	point 1 "evil: fixture builds" "$(cat "$D/evil.log")"
fi
rm -rf "$top"

# the tool's own messages quote the file name: escaped too
t=$D/$(printf 'x\033]0;t\007')
cp "$D/deps-1kib" "$t"
run "$LT" check "$t"
point "$(printf '%s' "$err" | grep -q "$(printf '\033')" && echo 1 || echo 0)" "error messages escape control characters" "$err"
expect_err 'x\\x1b\]0;t\\x07' "error messages show them as \\xNN"

# --- 7. Small things --------------------------------------------------------------
echo "# ${SECONDS}s: 7. Small things --------------------------------------------------------------"
run "$LT" graph --bogus x
expect_err '^\(linktable graph --help for usage\)$' "usage hint: \"linktable graph --help\" with a space"
run "$LT" frobnicate
expect_err '^\(linktable --help for usage\)$' "usage hint without a command"
python3 - "$D/zp-ffff" <<'PY'
import sys
b = bytearray(4096)
b[0x1fe:0x200] = b'\x55\xaa'
b[0x202:0x206] = b'HdrS'
b[0x206:0x208] = b'\xff\xff'
open(sys.argv[1], 'wb').write(b)
PY
run "$LT" bootparams "$D/zp-ffff"
expect_rc 2 "bootparams: a zero page of version 0xffff is refused"
expect_err "boot protocol version 0xffff is not 2.00 .. 2.255: not a zero page" "bootparams: version 0xffff: says why"
expect_no_out "255\.255" "bootparams: version 0xffff is not shown as 255.255"
finish
