# SPDX-License-Identifier: MIT
# Planning cost at boot with and without the build-time plan.
# Results: bench/results/boot/ (bench/boot/render.sh).
BENCHES += bench/boot/run.sh
