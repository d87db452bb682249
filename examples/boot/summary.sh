#!/bin/sh
# SPDX-License-Identifier: MIT
# The last words of "make demo": what it showed, and why it matters.
cat <<'TEXT'

=== what the demo showed ===
1. One init table, two entry points: the native (startup_64) and the Xen PV
   (startup_xen) boots reach the same steps through one common path.
2. Every step says where it works: on Xen, kasan, ahci, e1000, edd and the
   VGA console were skipped with a reason instead of crashing - the class of
   bug (a Xen path forgetting an init call, a PC-only feature run under Xen)
   the 2016 kernel thread was about.
3. The order is planned, not linked: dependencies and levels, checked at
   build time by "linktable check" (a broken rule fails the build, with
   FILE:LINE: error: ... [rule]), the same verdict the boot would give.
4. Memory only one subarch needs, and init-only code, is given back after the
   boot; the parallel runner shortens the boot to near its critical path.
5. examples/kernel (above) booted a real kernel the same way, under QEMU
   (bzImage, PVH) and Xen where they are installed.
TEXT
