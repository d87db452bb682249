#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Generate docs/api.md from the kernel-doc comments of the public headers.

A kernel-doc comment starts with "/**"; its first line is "name() - summary"
or "struct name - summary", then "@arg: text" lines, then free text.  The
reference is generated so it cannot drift from the headers:
    python3 docs/gen-api.py > docs/api.md   (make docs)
"""
import re
import sys
from pathlib import Path

HEADERS = ["linktable.h", "ranges.h", "env.h", "step.h", "plan.h", "boot_core.h", "boot.h", "init.h",
           "subarch.h", "free.h",
           "compat/ipxe.h", "compat/zephyr.h", "compat/uboot.h", "compat/freebsd.h", "compat/linux.h"]
COMMENT = re.compile(r"/\*\*\n(.*?)\*/", re.S)


def clean(block):
    lines = []
    for line in block.splitlines():
        line = re.sub(r"^\s*\* ?", "", line)
        lines.append(line.rstrip())
    while lines and not lines[-1]:
        lines.pop()
    return lines


def render(lines):
    head, rest = lines[0], lines[1:]
    m = re.match(r"(.+?)\s+-\s+(.*)", head)
    if not m:
        return None  # a one-line comment on a constant: not an entry
    title, summary = m.group(1), m.group(2)
    while rest and rest[0].strip() and not rest[0].startswith("@"):
        summary += " " + rest.pop(0).strip()  # a summary wrapped over lines
    out = ["### `%s`" % title, "", summary]
    args, text = [], []
    for line in rest:
        am = re.match(r"@(\w+|\.\.\.):\s*(.*)", line)
        if am:
            args.append([am.group(1), am.group(2)])
        elif args and not text and line.startswith(" ") and line.strip():
            args[-1][1] += " " + line.strip()
        else:
            text.append(line)
    if args:
        out.append("")
        out += ["- `%s`: %s" % (a, d) for a, d in args]
    body = "\n".join(text).strip()
    if body:
        out += ["", body]
    return "\n".join(out)


def main():
    root = Path(__file__).resolve().parent.parent / "include" / "linktable"
    print("# API reference\n")
    print("Generated from the kernel-doc comments in `include/linktable/` by "
          "`docs/gen-api.py` (`make docs`); do not edit by hand.\n")
    for name in HEADERS:
        path = root / name
        if not path.exists():
            continue
        entries = [render(clean(b)) for b in COMMENT.findall(path.read_text())]
        entries = [e for e in entries if e]
        if not entries:
            continue
        print("## `<linktable/%s>`\n" % name)
        print("\n\n".join(entries))
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
