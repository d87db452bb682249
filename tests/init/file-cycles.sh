#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Dependencies point one way: no two files of the libraries call into each
# other, directly or around a cycle, and the core calls nothing of the POSIX
# layer.  The call graph comes from the objects' symbols (a file depends on
# the file that defines a symbol it leaves undefined).  LINKTABLE_CYCLE_OBJS
# names other objects (to see the test fail on a known cycle).
set -u
objs=${LINKTABLE_CYCLE_OBJS:-$(ls build/pic/src/core/*.o build/pic/src/posix/*.o 2>/dev/null)}
if [ -z "$objs" ] || ! command -v python3 >/dev/null; then
	echo "not ok 1 - library objects built and python3 present (run make)"
	echo "1..1"
	exit 1
fi
for o in $objs; do
	nm "$o" | awk -v f="$o" 'NF == 3 && $2 ~ /[TDRBV]/ {print "D", f, $3} NF == 2 && $1 == "U" {print "U", f, $2}'
done | python3 -c '
import sys
defs, uses = {}, []
for line in sys.stdin:
    kind, f, sym = line.split()
    if kind == "D":
        defs[sym] = f
    else:
        uses.append((f, sym))
graph = {}
for f, sym in uses:
    g = defs.get(sym)
    if g and g != f:
        graph.setdefault(f, set()).add(g)
n = 0
def point(ok, what):
    global n
    n += 1
    print(("ok" if ok else "not ok"), n, "-", what)
core_to_posix = sorted("%s -> %s" % (f, g) for f, gs in graph.items() for g in gs if "/core/" in f and "/posix/" in g)
point(not core_to_posix, "the core calls nothing of the POSIX layer" + (": " + ", ".join(core_to_posix) if core_to_posix else ""))
state, cycle = {}, []
def visit(f, path):
    state[f] = 1
    for g in sorted(graph.get(f, ())):
        if state.get(g) == 1 and not cycle:
            cycle.extend(path[path.index(g):] + [g])
        elif g not in state:
            visit(g, path + [g])
    state[f] = 2
for f in sorted(graph):
    if f not in state:
        visit(f, [f])
short = [c.split("/")[-1] for c in cycle]
point(not cycle, "no call cycle between library files" + (": " + " -> ".join(short) if cycle else ""))
print("1..%d" % n)
'
