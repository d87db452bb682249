#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Every output of every command goes through one escaping layer (issue 19):
# images whose step names, dependency names, source file names, section
# names and own path carry ESC, BEL, DEL, 0xff, invalid UTF-8, quotes,
# backslashes, newlines, bidirectional overrides and a terminal-title
# sequence go through every command in every output format - text, --json,
# DOT, graph's JSON, plan's C, errors - and:
#   - text (stdout and stderr) is valid UTF-8 with no control character but
#     newline and tab, and no line of it starts with a name's fake line;
#   - with --json, stdout is exactly one JSON document that Python parses
#     from strictly decoded UTF-8, errors included (schema linktable-error/1).
set -u
. tests/tool/lib.sh
D=build/tests/tool/hostile-output
rm -rf "$D"
mkdir -p "$D"

# A second link (with its plan, sealable) of steps with hostile names.
python3 - "$D" <<'PY'
import sys
d = sys.argv[1]
evil = [r"title\033]0;pwned\007", r"bel\007del\177", r"ff\377\376", r"cut\303", r"quote\"back\\slash",
        r"nl\nerror: fake line", r"bidi\342\200\256evil", r"c1\302\233ctl", r"tab\there"]
src = ['#include <linktable/step.h>', 'LINKTABLE_INIT_TABLE_DEFINE();',
       'static int cb(struct linktable_boot *b, const struct linktable_init_step *s) { (void)b; (void)s; return 0; }',
       '#line 1 "src\\033[31mred\\n.c"']
for i, name in enumerate(evil):
    deps = '' if i == 0 else f', .depends = (const char *const[]){{ "{evil[i - 1]}", 0 }}'
    soft = ', .soft_depends = (const char *const[]){ "ghost\\033]0;x\\007", 0 }'
    src.append(f'LINKTABLE_ENTRY(init_steps, {i}, e{i}) = {{ .name = "{name}", .file = __FILE__, .line = __LINE__, .level = {i}, '
               f'.subarchs = 1{deps}{soft}, .early_init = cb }};')
src.append('int main(void) { return 0; }')
open(f"{d}/evil.c", "w").write("\n".join(src) + "\n")
# a step with a missing dependency and a cycle, so check, plan and seal fail
bad = ['#include <linktable/step.h>', 'LINKTABLE_INIT_TABLE_DEFINE();',
       'LINKTABLE_ENTRY(init_steps, 1, a) = { .name = "ring\\033]0;a\\007", .subarchs = 1, .depends = (const char *const[]){ "ring\\377", 0 } };',
       'LINKTABLE_ENTRY(init_steps, 1, b) = { .name = "ring\\377", .subarchs = 1, .depends = (const char *const[]){ "ring\\033]0;a\\007", "miss\\ning\\007", 0 } };',
       '__attribute__((used, section("linktable_evil\\377\\303\\342\\200\\256_3"))) static const int orphan = 1;',
       'int main(void) { return 0; }']
open(f"{d}/broken.c", "w").write("\n".join(bad) + "\n")
PY
san=()
grep -q fsanitize build/.flags 2>/dev/null && san=(-fsanitize=address,undefined)
E=$D/$(printf 'img\033]0;t\007\377')
B=$D/$(printf 'broken\033[2J')
ok=0
{ gcc -std=gnu11 -O0 -Iinclude -w -o "$D/first" "$D/evil.c" &&
	"$LT" plan "$D/first" >"$D/plan.c" &&
	gcc -std=gnu11 -O0 -Iinclude -w "${san[@]}" -o "$E" "$D/evil.c" "$D/plan.c" build/lib/liblinktable-core.a &&
	cp "$E" "$E.sealme" &&
	gcc -std=gnu11 -O0 -Iinclude -w -o "$B" "$D/broken.c"; } 2>"$D/cc.err" || ok=1
point $ok "images with hostile names build (a second link with its plan, and one that breaks rules)" "$(cat "$D/cc.err")"

# every command line, with IMG for the image
cmds=("list IMG" "show IMG init_steps" "show IMG missing_table" "check IMG" "graph IMG" "graph --subarch pc IMG"
	"graph --format json IMG" "graph --format json --subarch xen IMG" "matrix IMG" "plan IMG" "seal IMG"
	"bootparams IMG" "bzimage IMG" "list --bogus IMG" "graph --subarch $(printf 'x\033y') IMG" "nosuchcommand IMG")
k=0
: >"$D/index"
for img in "$E" "$B" "$D/$(printf 'none\033]0;x\007')"; do
	for c in "${cmds[@]}"; do
		for fmt in text json; do
			k=$((k + 1))
			[ "$c" = "seal IMG" ] && [ "$img" = "$E" ] && cp "$E.sealme" "$E"
			read -r -a argv <<<"$c"
			for i in "${!argv[@]}"; do [ "${argv[$i]}" = IMG ] && argv[$i]=$img; done
			[ "$c" = "graph --subarch $(printf 'x\033y') IMG" ] && argv=(graph --subarch "$(printf 'x\033y')" "$img")
			[ "$fmt" = json ] && argv=("${argv[0]}" --json "${argv[@]:1}")
			"$LT" "${argv[@]}" >"$D/$k.out" 2>"$D/$k.err"
			echo "$k $? $fmt $(printf '%q ' "${argv[@]}")" >>"$D/index"
		done
	done
done
python3 - "$D" >"$D/verdicts" <<'PY'
import json, sys
d = sys.argv[1]
def text_problem(b):
    try:
        t = b.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"invalid UTF-8: {e}"
    bad = sorted({c for c in t if (ord(c) < 0x20 and c not in "\n\t") or 0x7f <= ord(c) <= 0x9f
                  or c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"})
    if bad:
        return f"raw control characters {bad!r}"
    if any(l.startswith("error: fake line") or l.startswith("ing") for l in t.split("\n")):
        return "a name started a line of its own"
    return ""
for line in open(f"{d}/index"):
    k, rc, fmt, cmd = line.rstrip("\n").split(" ", 3)
    out, err = open(f"{d}/{k}.out", "rb").read(), open(f"{d}/{k}.err", "rb").read()
    why = text_problem(err) and "stderr: " + text_problem(err)
    json_doc = fmt == "json" or "--format json" in cmd
    if not why and json_doc and (rc != "0" or out):
        try:
            doc = json.loads(out.decode("utf-8", "strict"))
            if rc != "0" and "findings" not in doc and doc.get("schema") != "linktable-error/1":
                why = f"exit {rc} without an error document: {doc.get('schema')}"
            elif doc.get("schema") == "linktable-error/1" and (doc.get("exit") != int(rc) or not doc.get("errors")):
                why = f"error document with exit {doc.get('exit')} (the command's is {rc}) or no errors"
        except Exception as e:
            why = f"stdout is not one JSON document: {e}"
    elif not why:
        why = text_problem(out) and "stdout: " + text_problem(out)
    print(f"{k}\t{rc}\t{why}\t{fmt} {cmd}")
PY
total=$(wc -l <"$D/verdicts")
bad=$(awk -F'\t' '$3 != ""' "$D/verdicts")
point "$([ -z "$bad" ] && [ "$total" -ge 90 ] && echo 0 || echo 1)" \
	"$total runs (16 command lines x text and --json x 3 images): text escaped, --json one valid UTF-8 document" "$bad"
# the layer does not hide what it escapes: the names are there, readable
run "$LT" show "$E.sealme" init_steps
expect_out 'title\\x1b\]0;pwned\\x07' "show: ESC ] 0 ; ... BEL as \\x1b ... \\x07"
expect_out 'bel\\x07del\\x7f' "show: BEL and DEL as \\xNN"
expect_out 'bidi\\u202eevil' "show: a bidirectional override as \\u202e"
expect_out 'src\\x1b\[31mred\\x0a\.c:[0-9]+' "show: a source file name with ESC and a newline"
run "$LT" plan "$B"
expect_rc 1 "plan of the image that breaks rules: exit 1"
expect_err "error: .*ring\\\\x1b\]0;a\\\\x07" "plan: its errors escape step names (they were printed raw)"
run "$LT" plan --json "$B"
point "$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["schema"] == "linktable-plan/1" and d["ok"] is False and d["findings"]))' && echo 0 || echo 1)" \
	"plan --json: a JSON document (linktable-plan/1, ok false, the findings), not text" "$out"
run "$LT" plan --json "$D/first"
point "$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["ok"] and len(d["orders"]["pc"]) == 9))' && echo 0 || echo 1)" \
	"plan --json of a good image: the plan as data (orders by step name)" "$out"
run "$LT" check --json "$D/nonexistent"
point "$(printf '%s' "$out" | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(not (d["schema"] == "linktable-error/1" and d["exit"] == 2 and "cannot open" in d["errors"][0]))' && echo 0 || echo 1)" \
	"an error under --json is a linktable-error/1 document (exit 2, the message)" "$out"
# Long UTF-8 names through the layer: the output is cut into writes at
# buffer boundaries, inside characters; a cut character must come out whole.
python3 - "$D/long.c" <<'PY'
import sys
src = ['#include <linktable/step.h>', 'LINKTABLE_INIT_TABLE_DEFINE();']
for i in range(60):
    src.append(f'LINKTABLE_ENTRY(init_steps, 1, s{i}) = {{ .name = "{i}' + '\u00e9' * 499 + '", .level = 1, .subarchs = 1 };')
src.append('int main(void) { return 0; }')
open(sys.argv[1], 'w', encoding='utf-8').write("\n".join(src) + "\n")
PY
if gcc -std=gnu11 -O0 -Iinclude -w -o "$D/long" "$D/long.c" 2>"$D/long.err"; then
	for c in "show" "show --json"; do
		# shellcheck disable=SC2086
		"$LT" $c "$D/long" init_steps >"$D/long.out" 2>&1
		point "$(python3 -c 'import sys; t = open(sys.argv[1], "rb").read().decode("utf-8"); sys.exit(not (t.count("\u00e9") == 60 * 499 and "\\x" not in t))' "$D/long.out" && echo 0 || echo 1)" \
			"$c: 60 names of 499 x U+00E9 ($(wc -c <"$D/long.out") bytes) come out whole, none cut into \\xNN" "$(grep -o '.\{20\}\\x.\{20\}' "$D/long.out" | head -3)"
	done
else
	point 1 "the image of long UTF-8 names builds" "$(cat "$D/long.err")"
fi
finish
