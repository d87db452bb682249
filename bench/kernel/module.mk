# SPDX-License-Identifier: MIT
# The kernel's boot cost per entry path, in TSC cycles (QEMU TCG).
BENCHES += bench/kernel/run.sh
