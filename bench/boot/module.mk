# SPDX-License-Identifier: MIT
# Planning cost at boot with and without the build-time plan.
# Results: build/bench/boot-plan.md.
BENCHES += bench/boot/run.sh
