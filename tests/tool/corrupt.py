#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a damaged copy of an x86-64 ELF image, one named damage at a time,
for the tool's bad-input tests:  corrupt.py DAMAGE IN OUT"""
import struct
import sys


def sections(b):
    shoff, = struct.unpack_from("<Q", b, 0x28)
    shnum, shstrndx = struct.unpack_from("<HH", b, 0x3c)
    out = []
    for i in range(shnum):
        name, typ, flags, addr, off, size = struct.unpack_from("<IIQQQQ", b, shoff + i * 64)
        out.append([i, name, typ, addr, off, size, shoff + i * 64])
    stroff = out[shstrndx][4]
    for s in out:
        end = b.index(b"\0", stroff + s[1])
        s[1] = b[stroff + s[1]:end].decode()
    return out


def section(b, name):
    """The section called name, or its writable part name_rw."""
    for s in sections(b):
        if s[1] in (name, name + "_rw"):
            return s
    sys.exit("corrupt.py: no section " + name)


def note_desc(b, name):
    """Offset of the desc of the table descriptor of table name."""
    s = section(b, ".note.linktable")
    off = s[4]
    while off < s[4] + s[5]:
        namesz, descsz, typ = struct.unpack_from("<III", b, off)
        desc = off + 12 + (namesz + 3) // 4 * 4
        if typ == 1 and b[desc + 16:desc + 17 + len(name)] == name.encode() + b"\0":
            return desc
        off = desc + (descsz + 3) // 4 * 4
    sys.exit("corrupt.py: no descriptor of table " + name)


def first_note_desc(b):
    """Offset of the desc of the first table (type 1) descriptor."""
    s = section(b, ".note.linktable")
    off = s[4]
    while off < s[4] + s[5]:
        namesz, descsz, typ = struct.unpack_from("<III", b, off)
        if typ == 1:
            return off + 12 + 12  # header, "linktable\0" padded to 12
        off += 12 + (namesz + 3) // 4 * 4 + (descsz + 3) // 4 * 4
    sys.exit("corrupt.py: no table descriptor")


def main():
    damage, src, dst = sys.argv[1:4]
    b = bytearray(open(src, "rb").read())
    if damage == "class32":
        b[4] = 1
    elif damage == "bigendian":
        b[5] = 2
    elif damage == "shoff":
        struct.pack_into("<Q", b, 0x28, len(b) + 4096)
    elif damage == "shnum":
        struct.pack_into("<H", b, 0x3c, 0xfff0)
    elif damage == "machine":
        struct.pack_into("<H", b, 0x12, 40)  # EM_ARM
    elif damage == "truncated":
        b = b[: len(b) // 2]
    elif damage == "header-only":
        b = b[:40]
    elif damage == "note-esize0":
        struct.pack_into("<I", b, first_note_desc(b) + 8, 0)
    elif damage == "note-version":
        struct.pack_into("<I", b, first_note_desc(b), 9)
    elif damage == "note-unterminated":
        d = first_note_desc(b)
        descsz, = struct.unpack_from("<I", b, d - 20)
        b[d + 16:d + descsz] = b"A" * (descsz - 16)
    elif damage == "note-descsz":
        struct.pack_into("<I", b, first_note_desc(b) - 20, 0x7ffffff0)
    elif damage == "section-offset":
        s = section(b, "linktable_init_steps_0")
        struct.pack_into("<Q", b, s[6] + 24, len(b) + 100)
    elif damage == "section-size":
        s = section(b, "linktable_init_steps_0")
        struct.pack_into("<Q", b, s[6] + 32, 1 << 62)
    elif damage == "step-name":
        s = section(b, "linktable_init_steps_0")
        struct.pack_into("<Q", b, s[4], 0xdeadbeef)
    elif damage == "step-deps":
        s = section(b, "linktable_init_steps_1")
        struct.pack_into("<Q", b, s[4] + 32, 0x10)
    elif damage == "nobits-level":
        s = section(b, "linktable_frobs_42")
        struct.pack_into("<I", b, s[6] + 4, 8)  # SHT_NOBITS
        struct.pack_into("<Q", b, s[6] + 32, 0xffffffff0000)
    elif damage == "init-esize":
        struct.pack_into("<I", b, note_desc(b, "init_steps") + 8, 144)
    elif damage == "many-notes":
        # the descriptor section moved to the end, holding 65537 table notes
        s = section(b, ".note.linktable")
        note = struct.pack("<III", 10, 20, 1) + b"linktable\0\0\0" + struct.pack("<IIII", 1, 1, 8, 8) + b"t\0x\0"
        struct.pack_into("<QQ", b, s[6] + 24, len(b), len(note) * 65537)
        b += note * 65537
    else:
        sys.exit("corrupt.py: unknown damage " + damage)
    open(dst, "wb").write(bytes(b))


main()
