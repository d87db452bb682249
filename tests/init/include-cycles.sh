#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# No header include cycles: every #include "..." and #include <linktable/...>
# among the files of include/ and src/* is an edge (conditional ones too, as
# any configuration may take them); the graph must be acyclic.  The call
# graph between files is tests/init/file-cycles.sh.  A self-test runs the
# same check on a tree with a planted cycle, which it must catch, and on a
# diamond, which it must accept.
set -u
if ! command -v python3 >/dev/null; then
	echo "not ok 1 - python3 present"
	echo "1..1"
	exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat >"$tmp/check.py" <<'EOC'
import os, re, sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')

def graph_of(root, dirs):
    """Edges between the .c/.h files under root/dirs: file -> included file."""
    inc = os.path.join(root, "include")
    files, graph = [], {}
    for d in dirs:
        for base, _, names in os.walk(os.path.join(root, d)):
            files += [os.path.join(base, n) for n in sorted(names) if n.endswith((".c", ".h"))]
    for f in files:
        with open(f, errors="replace") as src:
            for line in src:
                m = INCLUDE.match(line)
                if not m:
                    continue
                quote, name = m.groups()
                if quote == "<" and not name.startswith("linktable/"):
                    continue  # a system header
                tries = [os.path.join(os.path.dirname(f), name)] if quote == '"' else []
                tries.append(os.path.join(inc, name))
                for t in tries:
                    if os.path.isfile(t):
                        graph.setdefault(os.path.relpath(f, root), set()).add(os.path.relpath(os.path.normpath(t), root))
                        break
    return files, graph

def first_cycle(graph):
    state, cycle = {}, []
    def visit(f, path):
        state[f] = 1
        for g in sorted(graph.get(f, ())):
            if cycle:
                return
            if state.get(g) == 1:
                cycle.extend(path[path.index(g):] + [g])
            elif g not in state:
                visit(g, path + [g])
        state[f] = 2
    for f in sorted(graph):
        if f not in state and not cycle:
            visit(f, [f])
    return cycle

root, what = sys.argv[1], sys.argv[2]
files, graph = graph_of(root, ["include", "src"])
edges = sum(len(v) for v in graph.values())
cycle = first_cycle(graph)
print("%s %d %d %s" % ("cycle" if cycle else "acyclic", len(files), edges, " -> ".join(cycle)))
EOC
n=0
point() {
	n=$((n + 1))
	if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}
read -r verdict nfiles nedges cycle < <(python3 "$tmp/check.py" . tree)
point "$([ "$nfiles" -gt 50 ] && [ "$nedges" -gt 50 ] && echo 0 || echo 1)" \
	"the include graph is read: $nfiles files, $nedges edges among include/ and src/*"
point "$([ "$verdict" = acyclic ] && echo 0 || echo 1)" "no include cycle among include/ and src/*${cycle:+: $cycle}"

# Self-test: a planted cycle through a <linktable/...> and a "..." include,
# three files long, is caught and named; a diamond is not a cycle.
mkdir -p "$tmp/bad/include/linktable/internal" "$tmp/bad/src/core"
printf '#include <linktable/b.h>\n' >"$tmp/bad/include/linktable/a.h"
printf '#include "internal/c.h"\n#include <stddef.h>\n' >"$tmp/bad/include/linktable/b.h"
printf '#ifdef X\n# include <linktable/a.h>\n#endif\n' >"$tmp/bad/include/linktable/internal/c.h"
printf '#include <linktable/a.h>\n' >"$tmp/bad/src/core/user.c"
read -r verdict _ _ cycle < <(python3 "$tmp/check.py" "$tmp/bad" planted)
point "$([ "$verdict" = cycle ] && [ "$cycle" = "include/linktable/a.h -> include/linktable/b.h -> include/linktable/internal/c.h -> include/linktable/a.h" ] && echo 0 || echo 1)" \
	"self-test: a planted cycle is caught and named (${cycle:-none found})"
mkdir -p "$tmp/good/include/linktable" "$tmp/good/src/core"
printf '#include <linktable/b.h>\n#include <linktable/c.h>\n' >"$tmp/good/include/linktable/a.h"
printf '#include <linktable/d.h>\n' >"$tmp/good/include/linktable/b.h"
printf '#include <linktable/d.h>\n' >"$tmp/good/include/linktable/c.h"
printf '\n' >"$tmp/good/include/linktable/d.h"
printf '#include <linktable/a.h>\n#include "local.h"\n' >"$tmp/good/src/core/user.c"
printf '#include <linktable/d.h>\n' >"$tmp/good/src/core/local.h"
read -r verdict _ nedges _ < <(python3 "$tmp/check.py" "$tmp/good" diamond)
point "$([ "$verdict" = acyclic ] && [ "$nedges" = 7 ] && echo 0 || echo 1)" \
	"self-test: a diamond (7 edges) is no cycle ($verdict, $nedges edges)"
echo "1..$n"
