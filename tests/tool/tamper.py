#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Changes one field of the build-time plan (struct linktable_prebuilt_plan,
section linktable_prebuilt_plan) of a non-PIE x86-64 image in its file, or
an entry of an array it points to:  tamper.py IMAGE FIELD OUT
(tests/tool/plan-tamper.sh; tests/tool/fuzz-ci.sh makes fuzz seeds with it)."""
import struct, subprocess, sys
img, field, out = sys.argv[1:4]
b = bytearray(open(img, "rb").read())
secs = []
for line in subprocess.run(["readelf", "-SW", img], capture_output=True, text=True).stdout.splitlines():
    f = line.replace("[ ", "[").split()
    if len(f) > 6 and f[0].startswith("[") and f[0] != "[Nr]":
        secs.append((f[1], int(f[3], 16), int(f[4], 16), int(f[5], 16)))
def off(addr):
    for name, a, o, size in secs:
        if a and a <= addr < a + size and name != ".bss":
            return o + addr - a
    sys.exit("tamper.py: %#x is in no section" % addr)
plan = [s for s in secs if s[0] == "linktable_prebuilt_plan"][0][1]
def q(addr): return struct.unpack_from("<Q", b, off(addr))[0]
def setq(addr, v): struct.pack_into("<Q", b, off(addr), v)
def seti(addr, v): struct.pack_into("<I", b, off(addr), v)
XEN = 2
F = {"fingerprint": 0, "seal": 8, "nsteps": 16, "ndeps": 24, "dep_start": 32, "dep_id": 40, "dep_nhard": 48,
     "dep_nafter": 56, "rdep_start": 64, "rdep_id": 72, "subarchs": 80, "norder": 88, "order": 88 + 32 * 8,
     "bytes": 88 + 64 * 8}
n = q(plan + 16)
o = plan + F["order"] + 8 * XEN
what, _, arg = field.partition(":")
if what == "fingerprint": setq(plan, q(plan) ^ 1)
elif what == "seal": setq(plan + 8, q(plan + 8) ^ 1)
elif what == "nsteps": setq(plan + 16, n + 1)
elif what == "ndeps": setq(plan + 24, 1000000)
elif what == "ptr": setq(plan + F[arg], q(plan + F[arg]) + 8)        # an array moved
elif what == "null": setq(plan + F[arg], 0)                          # an array gone
elif what == "dep_start": setq(q(plan + 32) + 8, 1000000)
elif what == "dep_id": setq(q(plan + 40), 999999)
elif what == "dep_nhard": seti(q(plan + 48) + 4 * (n - 1), 1000000)
elif what == "dep_nafter": seti(q(plan + 56) + 4 * (n - 1), 0xffffffff)
elif what == "rdep_start": setq(q(plan + 64) + 8 * n, 1000000)
elif what == "rdep_id": setq(q(plan + 72), 999999)
elif what == "subarchs": seti(plan + 80, struct.unpack_from("<I", b, off(plan + 80))[0] | 0x200)  # subarch 9: no order
elif what == "norder": setq(plan + F["norder"] + 8 * XEN, 100000000)     # the SIGSEGV of issue 19
elif what == "norder-short": setq(plan + F["norder"] + 8 * XEN, q(plan + F["norder"] + 8 * XEN) - 1)
elif what == "norder-other": setq(plan + F["norder"] + 8 * 7, 5)          # a subarch not planned
elif what == "order": setq(plan + F["order"] + 8 * XEN, 0)
elif what == "order-id": setq(q(o), 999999)
elif what == "order-dup": setq(q(o) + 8, q(q(o)))
elif what == "order-swap":  # the last two: the boot may take a valid order, check must not
    k = q(plan + F["norder"] + 8 * XEN)
    a, c = q(q(o) + 8 * (k - 2)), q(q(o) + 8 * (k - 1))
    setq(q(o) + 8 * (k - 2), c); setq(q(o) + 8 * (k - 1), a)
elif what == "bytes-small": setq(plan + F["bytes"], 16)
elif what == "bytes-big": setq(plan + F["bytes"], q(plan + F["bytes"]) + 4096)
elif what == "ptr-last":  # the last order moved past the end of the plan's object
    setq(o, q(o) + 16)
else: sys.exit("tamper.py: unknown field " + field)
open(out, "wb").write(b)
