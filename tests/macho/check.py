#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tests/macho/check.py OBJDUMP IMAGE EXPECT...: checks a linked Mach-O image
statically, from what `llvm-objdump --macho` says of it (the sections with
their addresses and file offsets, the symbols) and the bytes at those
offsets.  Prints TAP points without numbers ("ok - ..." / "not ok - ...");
macho.sh numbers them.

Each EXPECT is records=N (the section's number of records), TABLE=ID,ID,... (plain table: the entries' ids, in walk
order) or TABLE=fn:ID,... (relative table: the functions call_ID, in walk
order).  Checked: one section __DATA_CONST,linktable holds every table's
records; each table's bounds object holds the section's start and end (the
linker's section$start/section$end); the records of each table, walked as
macho.h walks them (level by level, link order within a level), give the
expected entries, whose bytes carry their id and the magic; reverse walks
are that order reversed by construction, so only the records' levels and
link order are checked here."""
import re
import struct
import subprocess
import sys

MAGIC = 0x4C54424C
REC = 32  # four 8-byte words: table, level, entry, fn


def out(ok, what):
    print(f"{'ok' if ok else 'not ok'} - {what}")


def sections(objdump, image):
    text = subprocess.run([objdump, "--macho", "--private-headers", image], check=True,
                          capture_output=True, text=True).stdout
    secs = []
    for block in text.split("Section\n")[1:]:
        f = {}
        for k, v in re.findall(r"^\s*(sectname|segname|addr|size|offset)\s+(\S+)", block, re.M):
            f.setdefault(k, v)  # the block runs on into the next load command
        if "sectname" in f:
            secs.append((f["segname"], f["sectname"], int(f["addr"], 16), int(f["size"], 16), int(f["offset"])))
    return secs


def symbols(objdump, image):
    text = subprocess.run([objdump, "--macho", "--syms", image], check=True,
                          capture_output=True, text=True).stdout
    syms = {}
    for line in text.splitlines():
        m = re.match(r"^([0-9a-f]{16})\s.*\s(\S+)$", line)
        if m:
            syms.setdefault(m.group(2), int(m.group(1), 16))
    return syms


def main():
    objdump, image, expects = sys.argv[1], sys.argv[2], sys.argv[3:]
    data = open(image, "rb").read()
    secs = sections(objdump, image)
    syms = symbols(objdump, image)

    def read(addr, n):
        for seg, sect, a, size, off in secs:
            if a <= addr and addr + n <= a + size and off:
                return data[off + addr - a: off + addr - a + n]
        return None

    lt = [s for s in secs if s[1] == "linktable"]
    out(len(lt) == 1 and lt[0][0] == "__DATA_CONST" and lt[0][3] % REC == 0,
        f"one section __DATA_CONST,linktable of whole records holds every table ({len(secs)} sections in all)")
    if len(lt) != 1:
        return
    _, _, base, size, off = lt[0]
    recs = [struct.unpack_from("<QQQQ", data, off + i) for i in range(0, size, REC)]
    by_addr = {a: n for n, a in syms.items()}
    for spec in expects:
        table, _, ids = spec.partition("=")
        if table == "records":
            out(len(recs) == int(ids), f"the section holds {ids} records (got {len(recs)})")
            continue
        rel = ids.startswith("fn:")
        want = [int(x) for x in ids[3:].split(",") if x] if rel else [int(x) for x in ids.split(",") if x]
        bsym = f"_linktable_bounds_{table}"
        baddr = syms.get(bsym)
        if baddr is None:
            out(False, f"{table}: the symbol {bsym} is in the image")
            continue
        b = read(baddr, 24)
        cache, begin, end = struct.unpack("<QQQ", b) if b else (0, 0, 0)
        out(begin == base and end == base + size,
            f"{table}: the bounds hold section$start/section$end of the section ({begin:#x}..{end:#x})")
        mine = [(lvl, e, fn) for t, lvl, e, fn in recs if t == baddr]
        out(all(0 <= lvl < 100 for lvl, _, _ in mine), f"{table}: every record's level is 0..99")
        walk = [r for lvl in sorted({r[0] for r in mine}) for r in mine if r[0] == lvl]
        got = []
        for lvl, e, fn in walk:
            if rel:
                name = by_addr.get(fn, "?")
                got.append(int(name[6:]) if name.startswith("_call_") else -1)
            else:
                raw = read(e, 8)
                eid, magic = struct.unpack("<II", raw) if raw else (-1, 0)
                got.append(eid if magic == MAGIC and eid // 10 == lvl else -1)
        out(got == want, f"{table}: walked by level then link order, the records give {want} (got {got})")


main()
