#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""tests/linux/initcalls.py - the initcalls of a built vmlinux, in the order
the kernel walks them, one line each: "TABLE SUBLEVEL FUNCTION".

TABLE is the linktable table the patch files an initcall under
(initcall_early, initcall0 .. initcall7, con_initcall) and SUBLEVEL its order
level there (0 the level itself, 1 its _sync variant, 2 rootfs), so that a
stock and a patched kernel give the same lines when they run the same
initcalls in the same order.

  initcalls.py stock VMLINUX SYSTEM_MAP
      the stock kernel: the entries between the linker script's
      __initcall*_start symbols, each a 32-bit offset to its function; the
      table from those symbols, the sublevel from the entry's label
      (__initcall__kmod_..._<fn><id>, id = 6, 6s, rootfs, con, ...).
  initcalls.py linktable VMLINUX SYSTEM_MAP LINKTABLE
      the patched kernel, as "LINKTABLE show --json" reads its tables.
  initcalls.py counts FILE
      "TABLE COUNT" per table, from such a listing.
  initcalls.py want-y FRAGMENT...
      the options a configuration must have set to y: those the last
      fragment to name them sets to y (a later fragment may turn an
      earlier one's option off, or to m).
  initcalls.py objects STOCK_DIR PATCHED_DIR
      object by object, the initcall entries each object file (*.o) of a
      stock build holds and those of the same file in a patched build, per
      table and sublevel (stock: its .initcall<id>.init and .con_initcall.init
      sections; patched: its linktable_<table>_<level> sections; 4 bytes an
      entry).  Prints a line per difference and a summary; exits 1 if any
      object differs.  Files that are not ELF (LTO bitcode) are skipped.
      Tells which object lost or gained an entry, even in a build that did
      not get to link.
  initcalls.py called BOOT_LOG SYSTEM_MAP
      the functions a boot called, one per line, from its initcall_debug
      "calling" lines: the name kallsyms printed, or, in a kernel without
      KALLSYMS (which prints a bare address), the System.map name at that
      address (boot such a kernel with nokaslr).

Functions are named from System.map the same way for both kernels (the
first text symbol at the address, as nm -n sorts them); a clang LTO stub's
name loses the counter and line it carries (stable(), below).
"""
import json
import re
import subprocess
import sys

TABLES = ["initcall_early"] + ["initcall%d" % i for i in range(8)] + ["con_initcall"]
# the stock linker script's bounds of each table, in address order
BOUNDS = [("initcall_early", "__initcall_start", "__initcall0_start")] + \
    [("initcall%d" % i, "__initcall%d_start" % i, "__initcall%d_start" % (i + 1)) for i in range(7)] + \
    [("initcall7", "__initcall7_start", "__initcall_end"),
     ("con_initcall", "__con_initcall_start", "__con_initcall_end")]


# Under clang LTO an entry points at a stub, __initstub__kmod_<module>__
# <counter>_<line>_<function><id>: the counter and the line are those of
# the initcall's place in its file, which move when the patch edits that
# file (kernel/printk/printk.c: printk_late_init's stub was
# __initstub__kmod_printk__265_3413_printk_late_init7 in the stock kernel,
# __..._267_3409_... in the patched one).  Both kernels' names lose them, so
# the same initcall at the same level compares equal.
STUB = re.compile(r"^(__initstub__kmod_\w+?)__[0-9]+_[0-9]+_(\w+)$")


def stable(name):
    """@name without the counter and line of a clang LTO stub's name."""
    return STUB.sub(r"\1__\2", name)


def system_map(path):
    by_name, text_at, labels_at = {}, {}, {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 3:
                continue
            addr, kind, name = int(parts[0], 16), parts[1], parts[2]
            by_name.setdefault(name, addr)
            if kind in "tTwW" and not name.startswith("__initcall__"):
                text_at.setdefault(addr, name)
            if name.startswith("__initcall__"):
                labels_at.setdefault(addr, name)
    return by_name, text_at, labels_at


def sections(vmlinux):
    """(addr, size, offset) of every section with contents."""
    out = subprocess.run(["readelf", "-SW", vmlinux], check=True, capture_output=True, text=True).stdout
    secs = []
    for line in out.splitlines():
        line = line.replace("[ ", "[")
        parts = line.split()
        if len(parts) > 6 and parts[0].startswith("[") and parts[2] != "NOBITS":
            try:
                secs.append((int(parts[3], 16), int(parts[5], 16), int(parts[4], 16)))
            except ValueError:
                pass
    return secs


def read_s32(data, secs, addr):
    for base, size, off in secs:
        if base <= addr and addr + 4 <= base + size:
            return int.from_bytes(data[off + addr - base:off + addr - base + 4], "little", signed=True)
    raise SystemExit("initcalls.py: no section holds address 0x%x" % addr)


def sublevel(label, fn):
    """0, 1 (_sync) or 2 (rootfs) from an entry label __initcall__<iid><id>,
    whose id (early, 0..7, 0s..7s, rootfs, con) always ends it.  (Under
    clang LTO the entry points at a stub, __initstub__<iid><id>, not at the
    function: the label's end still tells.)"""
    m = re.search(r"(early|rootfs|con|[0-9]s?)$", label) if label.startswith("__initcall__") else None
    if not m:
        raise SystemExit("initcalls.py: cannot tell the level of entry %s (function %s)" % (label, fn))
    ident = m.group(1)
    if ident == "rootfs":
        return 2
    return 1 if ident.endswith("s") else 0


def stock(vmlinux, smap):
    by_name, text_at, labels_at = system_map(smap)
    secs = sections(vmlinux)
    data = open(vmlinux, "rb").read()
    for table, start, stop in BOUNDS:
        if start not in by_name or stop not in by_name:
            raise SystemExit("initcalls.py: %s or %s missing from %s" % (start, stop, smap))
        for a in range(by_name[start], by_name[stop], 4):
            target = (a + read_s32(data, secs, a)) % 2**64
            fn = text_at.get(target, "0x%x" % target)
            print(table, sublevel(labels_at.get(a, "?"), fn), stable(fn))


def linktable(vmlinux, smap, tool):
    _, text_at, _ = system_map(smap)
    for table in TABLES:
        r = subprocess.run([tool, "show", "--json", vmlinux, table], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit("initcalls.py: %s show %s: %s" % (tool, table, r.stderr.strip()))
        for e in json.loads(r.stdout)["entries"]:
            target = int(e["target"], 16)
            print(table, e["level"], stable(text_at.get(target, "0x%x" % target)))


def counts(path):
    n = {t: 0 for t in TABLES}
    with open(path) as f:
        for line in f:
            n[line.split()[0]] += 1
    for t in TABLES:
        print(t, n[t])


def stock_section(name):
    """(table, sublevel) of a stock initcall section name, or None."""
    if name == ".con_initcall.init":
        return ("con_initcall", 0)
    m = re.fullmatch(r"\.initcall(early|rootfs|[0-7]s?)\.init", name)
    if not m:
        return None
    ident = m.group(1)
    if ident == "early":
        return ("initcall_early", 0)
    if ident == "rootfs":
        return ("initcall5", 2)
    return ("initcall" + ident[0], 1 if ident.endswith("s") else 0)


def patched_section(name):
    m = re.fullmatch(r"linktable_(%s)_([0-9]+)" % "|".join(TABLES), name)
    return (m.group(1), int(m.group(2))) if m else None


def object_entries(path, classify):
    """{(table, sublevel): entries} of one object file, or None if it is not
    ELF."""
    r = subprocess.run(["readelf", "-SW", path], capture_output=True, text=True)
    if r.returncode != 0 or "Section Headers:" not in r.stdout:
        return None
    n = {}
    for line in r.stdout.splitlines():
        parts = line.replace("[ ", "[").split()
        if len(parts) > 6 and parts[0].startswith("[") and parts[2] == "PROGBITS":
            key = classify(parts[1])
            size = int(parts[5], 16)
            if key and size:
                if size % 4:
                    raise SystemExit("initcalls.py: %s: section %s of %d bytes" % (path, parts[1], size))
                n[key] = n.get(key, 0) + size // 4
    return n


def objects(stock_dir, patched_dir):
    import os
    compared = skipped = differ = entries = 0
    for root, dirs, files in os.walk(stock_dir):
        dirs.sort()
        for f in sorted(files):
            if not f.endswith(".o"):
                continue
            rel = os.path.relpath(os.path.join(root, f), stock_dir)
            other = os.path.join(patched_dir, rel)
            if not os.path.exists(other):
                continue
            a = object_entries(os.path.join(root, f), stock_section)
            b = object_entries(other, patched_section)
            if a is None or b is None:
                skipped += 1
                continue
            compared += 1
            entries += sum(a.values())
            if a != b:
                differ += 1
                print("%s: stock %s, patched %s" % (rel, sorted(a.items()), sorted(b.items())))
    print("%d object files compared (%d initcall entries in the stock ones), %d differ, %d not ELF"
          % (compared, entries, differ, skipped))
    return 1 if differ or not compared else 0


def want_y(fragments):
    value = {}
    for path in fragments:
        with open(path) as f:
            for line in f:
                m = re.match(r"(CONFIG_[A-Za-z0-9_]+)=(.*)$", line.strip()) or \
                    re.match(r"# (CONFIG_[A-Za-z0-9_]+) is not set$", line.strip())
                if m:
                    value[m.group(1)] = m.group(2) if m.lastindex == 2 else "n"
    for opt in sorted(value):
        if value[opt] == "y":
            print(opt)


def called(log, smap):
    _, text_at, _ = system_map(smap)
    # "calling  do_foo+0x0/0x2a @ 1" (KALLSYMS), "calling  0xffffffff81234560 @ 1",
    # at the start of a line but for a printk time stamp.  PCI's fixups print
    # the same words under initcall_debug after the device's name ("pci
    # 0000:00:00.0: calling  quirk_foo+0x0/0x20 @ 1"): those are no initcalls.
    pattern = re.compile(r"^\s*(?:\[[ 0-9.]+\]\s*)?"
                         r"calling  (?:(0x[0-9a-f]+)|([^+ ]+)\+0x[0-9a-f]+/0x[0-9a-f]+(?: \[[^]]*\])?) @ ")
    with open(log, "rb") as f:
        for raw in f:
            m = pattern.search(raw.decode("utf-8", "replace"))
            if m:
                print(stable(text_at.get(int(m.group(1), 16), m.group(1)) if m.group(1) else m.group(2)))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "stock":
        stock(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 5 and sys.argv[1] == "linktable":
        linktable(sys.argv[2], sys.argv[3], sys.argv[4])
    elif len(sys.argv) >= 2 and sys.argv[1] == "want-y":
        want_y(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "called":
        called(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "objects":
        sys.exit(objects(sys.argv[2], sys.argv[3]))
    elif len(sys.argv) == 3 and sys.argv[1] == "counts":
        counts(sys.argv[2])
    else:
        raise SystemExit(__doc__)
