#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Writes a C file of N init steps for bench/boot: levels ascending with the
index, up to 3 hard dependencies on earlier steps, every fifth step also
ordered after an earlier step of any subarch (.after), a third of them
PC-only and a third Xen-only, in shuffled order (link order is arbitrary)."""
import random
import sys

n = int(sys.argv[1])
rnd = random.Random(42)
print("#include <linktable/step.h>")
print("static int cb(struct linktable_boot *b, const struct linktable_init_step *s) { (void)b; (void)s; return 0; }")
ids = list(range(n))
rnd.shuffle(ids)
for i in ids:
    level = i * 100 // n
    deps = sorted({rnd.randrange(i) for _ in range(3)} if i else set())
    # a dependency must support every subarch its dependent does: depend on common steps only
    deps = [d for d in deps if d % 3 == 0 and d * 100 // n <= level]
    mask = ["LINKTABLE_SUBARCHS_ALL", "LINKTABLE_SUBARCHS(PC)", "LINKTABLE_SUBARCHS(XEN)"][i % 3]
    dep = ", .depends = LINKTABLE_INIT_DEPS(%s)" % ", ".join("s%d" % d for d in deps) if deps else ""
    if i and i % 5 == 0:
        dep += ", .after = LINKTABLE_INIT_DEPS(s%d)" % (i - 1)  # its predecessor, of any subarch
    print("LINKTABLE_INIT_STEP(s%d, %d, %s%s, .early_init = cb);" % (i, level, mask, dep))
