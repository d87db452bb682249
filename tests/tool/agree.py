#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The verdicts of one image as every consumer prints them, compared.

Usage: agree.py NAME DIR: DIR holds check.json, matrix.json, graph.json,
show.json, plan.json and boot-SUBARCH.json (the run-time JSON of a boot on each
subarch).  Prints TAP points (without a plan) and exits 0.
"""
import glob
import json
import os
import sys

name, d = sys.argv[1], sys.argv[2]
n = int(os.environ.get("AGREE_N", "0"))


def point(ok, what, detail=""):
    global n
    n += 1
    print(("ok" if ok else "not ok"), n, "-", name + ":", what)
    if not ok and detail:
        for line in str(detail).splitlines()[:10]:
            print("#  ", line)


def load(f):
    with open(os.path.join(d, f)) as fh:
        return json.load(fh)


check, matrix, graph, show = load("check.json"), load("matrix.json"), load("graph.json"), load("show.json")
plan = load("plan.json")

# (step index, subarch) -> (state, rule) from each tool command
by_matrix = {(i, sub): (c["state"], c["rule"]) for i, s in enumerate(matrix["steps"]) for sub, c in s["cells"].items()}
by_graph = {(i, sub): (c["state"], c["rule"]) for sub, cells in graph["plans"].items() for i, c in enumerate(cells)}
by_show = {(i, sub): (c["state"], c["rule"]) for i, s in enumerate(show["entries"]) for sub, c in s["verdicts"].items()}
point(by_matrix == by_graph, "matrix and graph give every step the same verdict on every subarch",
      set(by_matrix.items()) ^ set(by_graph.items()))
point(by_matrix == by_show, "matrix and show give every step the same verdict on every subarch",
      set(by_matrix.items()) ^ set(by_show.items()))
names = [s["name"] for s in matrix["steps"]]
point(names == [s["name"] for s in show["entries"]] == [s["name"] for s in graph["steps"]],
      "matrix, show and graph list the same steps in the same order")

# check's findings are the causes of the broken cells, and only those
broken_own = {(names[i], st[1]) for (i, sub), st in by_matrix.items() if st[0] == "broken" and st[1] != "dependency"}
found = set()
errors = [f for f in check["findings"] if f["severity"] == "error"]
for f in errors:
    if f["rule"] == "cycle":  # located at one step, it names every step on the cycle
        found |= {(s, "cycle") for s in f["message"].split(": ", 1)[1].split(" (")[0].split(" -> ")}
    elif f["step"] is not None:
        found.add((f["step"], f["rule"]))
point(broken_own == found, "each step check finds at fault is broken in the matrix by that rule, and no other",
      "matrix: %s\ncheck: %s" % (sorted(broken_own), sorted(found)))
point(check["ok"] == matrix["ok"] == graph["ok"], "check, matrix and graph agree on ok (%s)" % check["ok"])
point(check["ok"] == (not any(st[0] == "broken" for st in by_matrix.values())) or not check["ok"],
      "no broken step in an image check passes")
for f in check["findings"]:
    point(all(k in f for k in ("file", "line", "rule", "severity", "message")),
          "finding %s has file, line, rule, severity, message" % f["rule"])
    point(f["severity"] in ("error", "warning"), "finding %s: severity %s" % (f["rule"], f["severity"]))


def findings(doc):
    return sorted((f["severity"], f["rule"], f["file"], str(f["line"]), str(f["step"]), f["message"])
                  for f in doc["findings"])


for what, doc in (("matrix", matrix), ("graph", graph), ("show", show), ("plan", plan)):
    point(findings(doc) == findings(check), "%s --json reports check's findings (errors and warnings)" % what,
          set(findings(doc)) ^ set(findings(check)))
warned = {f["step"] for f in check["findings"] if f["severity"] == "warning"}
at_fault = {s for s, _ in found}
point(all(st[0] != "broken" or st[1] == "dependency" for (i, sub), st in by_matrix.items()
          if names[i] in warned and names[i] not in at_fault), "a warning breaks no step")
point(check["ok"] == (not errors), "check is ok exactly when it has no error (warnings aside)")

# the run-time boot prints the same verdicts
for path in sorted(glob.glob(os.path.join(d, "boot-*.json"))):
    sub = os.path.basename(path)[5:-5]
    with open(path) as fh:
        boot = json.load(fh)
    runtime = {s["name"]: (s["verdict"], s.get("verdict_rule")) for s in boot["steps"]}
    tool = {names[i]: st for (i, s), st in by_matrix.items() if s == sub}
    point(runtime == tool, "the boot on %s prints the tool's verdicts" % sub,
          "boot: %s\ntool: %s" % (sorted(runtime.items()), sorted(tool.items())))
    booted = sorted((w["rule"], w["step"], w["message"]) for w in boot["plan"]["warnings"])
    checked = sorted((f["rule"], f["step"], f["message"]) for f in check["findings"]
                     if f["severity"] == "warning" and f["step"] is not None)
    point(booted == checked, "the boot on %s reports check's warnings" % sub, set(booted) ^ set(checked))
    critical = any(st == ("refused", "unsupported-critical") for st in tool.values())
    point((boot["error"] == "") == (check["ok"] and not critical),
          "the boot on %s is refused exactly when check fails or a critical step lacks %s" % (sub, sub), boot["error"])
print("AGREE_N=%d" % n, file=sys.stderr)
