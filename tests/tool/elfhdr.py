#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Rewrites the ELF header fields of a linked image, in either class and
byte order, for tests/tool/elf-headers.sh:  elfhdr.py EDIT IN OUT

  extended             extended numbering, as a linker writes it with more
                       than 0xff00 sections: e_shnum = 0 with the count in
                       section 0's sh_size, e_shstrndx = SHN_XINDEX with the
                       index in section 0's sh_link (readelf reads it)
  shstrndx-range       e_shstrndx past the last section
  shstrndx-zero        e_shstrndx = 0 (no section names)
  shstrndx-progbits    e_shstrndx names a section that is not a string table
  ext-shstrndx-range   extended, with section 0's sh_link past the last section
  ext-count-zero       extended, with section 0's sh_size 0
  ext-count-huge       extended, with section 0's sh_size 0xffffffff
  name-range           section 1's sh_name far outside the name table
  phoff-range          e_phoff past the end of the file
  phentsize            e_phentsize 12
"""
import struct
import sys


class Elf:
    def __init__(self, b):
        self.b = b
        self.is64 = b[4] == 2
        self.e = "<" if b[5] == 1 else ">"
        if self.is64:
            self.f = dict(phoff=(0x20, "Q"), shoff=(0x28, "Q"), phentsize=(0x36, "H"), phnum=(0x38, "H"),
                          shentsize=(0x3A, "H"), shnum=(0x3C, "H"), shstrndx=(0x3E, "H"))
            self.sh = dict(name=(0, "I"), type=(4, "I"), size=(0x20, "Q"), link=(0x28, "I"))
        else:
            self.f = dict(phoff=(0x1C, "I"), shoff=(0x20, "I"), phentsize=(0x2A, "H"), phnum=(0x2C, "H"),
                          shentsize=(0x2E, "H"), shnum=(0x30, "H"), shstrndx=(0x32, "H"))
            self.sh = dict(name=(0, "I"), type=(4, "I"), size=(0x14, "I"), link=(0x18, "I"))

    def get(self, field):
        off, fmt = self.f[field]
        return struct.unpack_from(self.e + fmt, self.b, off)[0]

    def set(self, field, v):
        off, fmt = self.f[field]
        struct.pack_into(self.e + fmt, self.b, off, v)

    def shdr(self, i):
        return self.get("shoff") + i * self.get("shentsize")

    def sget(self, i, field):
        off, fmt = self.sh[field]
        return struct.unpack_from(self.e + fmt, self.b, self.shdr(i) + off)[0]

    def sset(self, i, field, v):
        off, fmt = self.sh[field]
        struct.pack_into(self.e + fmt, self.b, self.shdr(i) + off, v)


def extended(elf):
    if elf.get("shnum") == 0:
        return  # already extended (a linker wrote it so)
    n, strndx = elf.get("shnum"), elf.get("shstrndx")
    elf.sset(0, "size", n)
    elf.sset(0, "link", strndx)
    elf.set("shnum", 0)
    elf.set("shstrndx", 0xFFFF)


def main():
    edit, src, dst = sys.argv[1:4]
    elf = Elf(bytearray(open(src, "rb").read()))
    n = elf.get("shnum") or elf.sget(0, "size")
    if edit == "extended":
        extended(elf)
    elif edit == "shstrndx-range":
        elf.set("shstrndx", n + 5 if n + 5 < 0xFF00 else 0xFEFF)
    elif edit == "shstrndx-zero":
        elf.set("shstrndx", 0)
    elif edit == "shstrndx-progbits":
        progbits = [i for i in range(1, n) if elf.sget(i, "type") == 1]
        elf.set("shstrndx", progbits[0])
    elif edit == "ext-shstrndx-range":
        extended(elf)
        elf.sset(0, "link", n + 5)
    elif edit == "ext-count-zero":
        extended(elf)
        elf.sset(0, "size", 0)
    elif edit == "ext-count-huge":
        extended(elf)
        elf.sset(0, "size", 0xFFFFFFFF)
    elif edit == "name-range":
        elf.sset(1, "name", 0x7FFFFFF0)
    elif edit == "phoff-range":
        elf.set("phoff", len(elf.b) + 100)
    elif edit == "phentsize":
        elf.set("phentsize", 12)
    else:
        sys.exit("elfhdr.py: unknown edit " + edit)
    open(dst, "wb").write(elf.b)


main()
